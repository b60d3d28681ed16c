import { codeUnitMap } from '../lib/code-unit-test.ts';

/**
 * The key two spellings of a name share: accents removed, lower case, typographic
 * apostrophes and dashes made plain. `"l’Armée  Israélienne"` → `"l'armee israelienne"`
 */
export function foldKey(text: string): string {
  if (text.length > MAX_CACHED_LENGTH) return fold(text);
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
// Longer texts, such as the sentence around a cited medium, are folded each time: sentences
// of a real archive do not repeat, and keeping them cost more than folding them again (10,000
// benchmark articles converted in 6.1 s rather than 6.3 to 6.5, with 403 MB of peak memory
// rather than 429 to 505).
const MAX_CACHED_LENGTH = 40;

/**
 * `foldText` one code unit at a time: each unit folds on its own (its decomposition loses its
 * marks, then lowers), so a table of units answers, filled in as units are met. A unit that
 * folds to more or less than one unit (a combining mark, « İ » does not: it folds to « i »),
 * any surrogate, and « Σ », send the whole text to `foldText`. On the benchmark's 5,000
 * articles (68,000 spellings), each new word and sentence folded through `normalize` and
 * five expressions took 129 ms; unit by unit, the analysis takes about 5 % less time.
 */
function fold(text: string): string {
  const length = text.length;
  if (length > MAX_UNITS) return foldText(text);
  let count = 0;
  let space = false;
  for (let index = 0; index < length; index++) {
    const folded = foldedUnit(text.charCodeAt(index));
    if (folded === ELSEWHERE) return foldText(text);
    if (folded === SPACE) {
      space = count > 0; // spaces in a run make one, and none at either end
      continue;
    }
    if (space) {
      units[count++] = 0x20;
      space = false;
    }
    units[count++] = folded;
  }
  return String.fromCharCode.apply(null, units.subarray(0, count) as unknown as number[]);
}

// What `foldedUnit` gives for white space, and for a unit that does not fold on its own.
const SPACE = -1;
const ELSEWHERE = -2;
// Longer texts (and `fromCharCode`'s limit on arguments) go to `foldText`.
const MAX_UNITS = 4096;
const units = new Uint16Array(MAX_UNITS);

/** The unit a code unit folds to on its own, SPACE or ELSEWHERE, worked out on first sight. */
const foldedUnit = codeUnitMap((unit) => {
  // Capital sigma lowers to « ς » at the end of a word and to « σ » elsewhere.
  if ((unit >= 0xd800 && unit <= 0xdfff) || unit === 0x3a3) return ELSEWHERE;
  const character = String.fromCharCode(unit);
  if (/\s/.test(character)) return SPACE;
  const folded = foldText(character);
  return folded.length === 1 && !/\s/.test(folded) ? folded.charCodeAt(0) : ELSEWHERE;
});

/** Folds a text as a whole: the definition `fold` follows unit by unit. */
export function foldText(text: string): string {
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
