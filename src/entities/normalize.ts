/**
 * The key two spellings of a name share: accents removed, lower case, typographic
 * apostrophes and dashes made plain. `"l’Armée  Israélienne"` → `"l'armee israelienne"`
 */
export function foldKey(text: string): string {
  let key = folded.get(text);
  if (key === undefined) {
    // Words repeat across an archive: folding each spelling once keeps conversion fast.
    if (folded.size > MAX_CACHED) folded.clear();
    key = fold(text);
    folded.set(text, key);
  }
  return key;
}

const folded = new Map<string, string>();
const MAX_CACHED = 200_000;

// Plain ASCII has nothing to decompose and none of the typographic marks below.
const ASCII = /^[\x00-\x7f]*$/;

function fold(text: string): string {
  if (ASCII.test(text)) return text.replace(/`/g, "'").replace(/\s+/g, ' ').toLowerCase().trim();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

const CAPITAL = /^\p{Lu}/u;

/** True when a word starts with a capital letter (« Israël », « États-Unis »). */
export function isCapitalized(word: string): boolean {
  return CAPITAL.test(word);
}
