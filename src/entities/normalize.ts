/**
 * The key two spellings of a name share: accents removed, lower case, typographic
 * apostrophes and dashes made plain. `"l’Armée  Israélienne"` → `"l'armee israelienne"`
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/** True when a word starts with a capital letter (« Israël », « États-Unis »). */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
