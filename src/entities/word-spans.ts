import { codeUnitTest } from '../lib/code-unit-test.ts';

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
 */
export function wordSpans(text: string, withStop: boolean): number[] {
  if (SURROGATE.test(text)) {
    const spans: number[] = [];
    for (const match of text.matchAll(withStop ? WORD_WITH_STOP : WORD)) spans.push(match.index, match.index + match[0].length);
    return spans;
  }
  const length = text.length;
  let count = 0;
  let index = 0;
  while (index < length) {
    if (!isWordUnit(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    index = runEnd(text, index + 1);
    // An inner hyphen or apostrophe joins when a letter or digit follows it.
    while (index + 1 < length && isJoiner(text.charCodeAt(index)) && isWordUnit(text.charCodeAt(index + 1))) index = runEnd(text, index + 2);
    if (withStop && text.charCodeAt(index) === 0x2e) index++;
    scratch[count++] = start;
    scratch[count++] = index;
  }
  return scratch.slice(0, count);
}

// The spans of the text being read, then copied at their final size: an array grown by
// `push` is allocated again at each growth, which came to three times the spans themselves
// and an eighth of everything a conversion allocated.
const scratch: number[] = [];

function runEnd(text: string, index: number): number {
  while (index < text.length && isWordUnit(text.charCodeAt(index))) index++;
  return index;
}

function isJoiner(unit: number): boolean {
  return unit === 0x2d || unit === 0x27 || unit === 0x2019;
}
