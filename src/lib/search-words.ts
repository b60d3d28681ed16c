/**
 * French function words that nearly every article holds. Pagefind matches each word of a
 * query as a prefix and keeps the pages that match all of them: such a word filters out
 * almost nothing (« des » also begins « destruction », « désarmement »…), yet its part of
 * the index is the largest of all (at 10,000 articles, « des » alone loads 356 KB of index
 * and « les » 308 KB, where most words take a few kilobytes). The list is short on purpose:
 * a broad stop-word list would drop words that do select articles (« premier », « seul »).
 */
const FUNCTION_WORDS = new Set(
  (
    'le la les l un une des du de d au aux à a et ou en dans par pour sur avec ' +
    'que qui qu ne se sa son ses ce ces il ils elle est y'
  ).split(' '),
);

/** True for a French function word that nearly every article holds, in any case and punctuated: « Des », « et, ». */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.normalize('NFC').replace(EDGE_PUNCTUATION, '').toLocaleLowerCase('fr'));
}

// Pagefind drops punctuation from a query; « et, » is the word « et ».
const EDGE_PUNCTUATION = /^\p{P}+|\p{P}+$/gu;

/**
 * The words of a query worth searching: without its function words when it names others,
 * unchanged otherwise. A quoted phrase is left whole, as Pagefind matches it word for word.
 * `"ministre des Armées"` → `"ministre Armées"`; `"les"` → `"les"`.
 */
export function withoutFunctionWords(query: string): string {
  if (query.includes('"')) return query;
  const words = wordsOf(query);
  const kept = words.filter((word) => !isFunctionWord(word));
  return kept.length > 0 ? kept.join(' ') : words.join(' ');
}

/**
 * True when every word of a query, quoted or not, is a function word: « les », « de la »,
 * « "des" ». Such a query selects nearly every article, from the largest part of the index
 * (at 10,000 articles « des » alone is 356 KB), so it is not searched: the reader is asked
 * for a word that says more.
 */
export function onlyFunctionWords(query: string): boolean {
  const words = wordsOf(query.replaceAll('"', ' ')).filter((word) => word !== '');
  return words.length > 0 && words.every(isFunctionWord);
}

/**
 * True when the query's last word has three letters or more and is no function word: its
 * index is a few small files. A shorter one begins too many words (« d » is most of the
 * dictionary), and a function word (« des », as the reader types « destruction ») is in
 * every article, to load or search while the reader is still typing.
 */
export function namesFewWords(query: string): boolean {
  const last = wordsOf(query).pop()!;
  return [...last].length >= SPECIFIC_LETTERS && !isFunctionWord(last);
}

const SPECIFIC_LETTERS = 3;

/** The words of a query as Pagefind splits it, at white space: `" la  défense "` → `["la", "défense"]`. */
export function wordsOf(query: string): string[] {
  return query.trim().split(/\s+/u);
}
