/** A word of the text, with where it stands. */
export interface Token {
  text: string;
  /** Offset of its first character in the text. */
  start: number;
  end: number;
  /** True when only a space separates it from the previous token (no punctuation). */
  joined: boolean;
  /** True for the first word of a sentence, whose capital letter says nothing. */
  sentenceStart: boolean;
}

// Words: letters and digits with inner hyphens, apostrophes and dots of abbreviations
// (« États-Unis », « aujourd'hui », « M. »); elided articles are split off below.
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*\.?/gu;
// « d'Israël » → « d' » + « Israël »; « aujourd'hui » stays whole.
const ELISION = /^(l|d|qu|jusqu|lorsqu|puisqu|n|s|c|j|m|t)['’](?=\p{L})/iu;
// A full stop ends a word only when it is an abbreviation's (« M. », « Mme. »); otherwise
// it ends the sentence and is not part of the word.
const ABBREVIATIONS = new Set(['M.', 'MM.', 'Mme.', 'Dr.', 'Pr.', 'Me.', 'Mgr.', 'St.', 'Ste.', 'Gén.', 'Col.']);

/** Splits a paragraph into word tokens, splitting elisions and marking sentence starts. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let sentenceStart = true;
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    let start = match.index;
    if (word.endsWith('.') && !ABBREVIATIONS.has(word)) word = word.slice(0, -1);
    const gap = text.slice(previousEnd, start);
    if (/[.!?…]/.test(gap)) sentenceStart = true;
    const joined = /^ ?$/.test(gap) || /^[ \u00A0\u202F]$/.test(gap);
    const elision = ELISION.exec(word);
    if (elision) {
      const article = word.slice(0, elision[0].length);
      tokens.push({ text: article, start, end: start + article.length, joined, sentenceStart });
      start += article.length;
      word = word.slice(article.length);
      sentenceStart = false;
      tokens.push({ text: word, start, end: start + word.length, joined: true, sentenceStart: false });
    } else {
      tokens.push({ text: word, start, end: start + word.length, joined, sentenceStart });
      sentenceStart = false;
    }
    previousEnd = start + word.length;
  }
  return tokens;
}
