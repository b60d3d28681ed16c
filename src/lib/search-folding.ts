/**
 * Folds what Pagefind's own accent folding leaves apart, applied both to the text it
 * indexes and to every query: the typographic apostrophe (Pagefind splits words only on
 * ASCII punctuation, so « l’Iran » would be indexed as one word « liran ») and the
 * ligatures that Unicode does not decompose (« œuvre » must match « oeuvre »).
 * `"l’œuvre"` → `"l'oeuvre"`
 */
export function foldForSearch(text: string): string {
  return text.replace(/[’ʼ‘]/g, "'").replace(FOLDABLE, (letter) => LIGATURES[letter]);
}

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };
const FOLDABLE = /[œŒæÆ]/g;

/**
 * Folds the text of an HTML page for indexing, leaving tags and attribute values as they
 * are: metadata given in attributes (the result's title) keeps its original spelling.
 */
export function foldHtmlText(html: string): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${foldForSearch(text)}<`);
}
