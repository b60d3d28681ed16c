import { codeUnitTest } from '../lib/code-unit-test.ts';
import { HASH_START, hashEnd, hashUnit, spanHash } from '../lib/span-table.ts';

// The words of the extractor and of topics: letters and digits, with inner hyphens and
// apostrophes (« États-Unis », « aujourd'hui »), and for the extractor the full stop of an
// abbreviation (« M. »): `[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*` and `\.?` after it.
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const WORD_WITH_STOP = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*\.?/gu;
const isWordUnit = codeUnitTest(/[\p{L}\p{N}]/u);
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Start and end offsets of every word of a text, one pair after the other:
 * `"Le M. Dupont"` → `[0, 2, 3, 5, 6, 12]` with `withStop`, `[0, 2, 3, 4, 6, 12]` without.
 * Scanned code unit by code unit, as the expression above would match them; text with
 * characters outside the Basic Multilingual Plane goes to the expression itself.
 * With `hashes`, the `spanHash` of the n-th word is put in its n-th place, worked out as
 * the word is scanned: a reader that looks each word up in a `SpanTable` then reads each of
 * its units once, not twice (see readWords).
 */
export function wordSpans(text: string, withStop: boolean, hashes?: number[]): number[] {
  if (SURROGATE.test(text)) return matchedSpans(text, withStop, hashes);
  const length = text.length;
  let count = 0;
  let index = 0;
  while (index < length) {
    let unit = text.charCodeAt(index);
    if (!isWordUnit(unit)) {
      index++;
      continue;
    }
    const start = index;
    let hash = HASH_START;
    for (;;) {
      hash = hashUnit(hash, unit);
      if (++index === length) break;
      unit = text.charCodeAt(index);
      if (isWordUnit(unit)) continue;
      // An inner hyphen or apostrophe joins when a letter or digit follows it.
      if (!isJoiner(unit) || index + 1 === length || !isWordUnit(text.charCodeAt(index + 1))) break;
    }
    if (withStop && index < length && unit === 0x2e) {
      hash = hashUnit(hash, unit);
      index++;
    }
    if (hashes !== undefined) hashes[count >> 1] = hashEnd(hash);
    scratch[count++] = start;
    scratch[count++] = index;
  }
  return scratch.slice(0, count);
}

// The spans of the text being read, then copied at their final size: an array grown by
// `push` is allocated again at each growth, which came to three times the spans themselves
// and an eighth of everything a conversion allocated.
const scratch: number[] = [];

function matchedSpans(text: string, withStop: boolean, hashes: number[] | undefined): number[] {
  const spans: number[] = [];
  for (const match of text.matchAll(withStop ? WORD_WITH_STOP : WORD)) {
    const end = match.index + match[0].length;
    if (hashes !== undefined) hashes[spans.length >> 1] = spanHash(text, match.index, end);
    spans.push(match.index, end);
  }
  return spans;
}

function isJoiner(unit: number): boolean {
  return unit === 0x2d || unit === 0x27 || unit === 0x2019;
}
