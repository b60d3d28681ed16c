// The mapping's own module: the package's index also loads every language's record (780 KB).
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { flatCopy } from '../lib/flat-copy.ts';
import type { WordStream } from '../entities/read-words.ts';
import { francUnits, latinModel, scriptOf, type ScriptModel } from './franc-models.ts';
import { closestCounted, countUnits, startCounting } from './trigram-counts.ts';
import { countWordTrigrams } from './word-trigrams.ts';

/** Language of the site, used when a text is too short to tell. */
export const DEFAULT_LANGUAGE = 'fr';

// Below this many characters trigram statistics are guesswork.
const MIN_LENGTH = 60;
const SAMPLE_LENGTH = 1000;
// The languages a European press archive meets; comparing against these alone rather than
// franc's eighty-odd is several times faster and avoids exotic guesses on short texts.
export const CANDIDATES = ['fra', 'eng', 'spa', 'deu', 'ita', 'por', 'nld', 'arb', 'rus', 'ukr', 'pol', 'tur', 'ron', 'ell', 'swe'];

/**
 * The language of a text as a BCP 47 tag: ISO 639-1 where one exists (`fr`, `en`),
 * ISO 639-3 otherwise; the site's language when the text is too short to tell.
 * It gives what `franc(sample, { minLength: 60, only: CANDIDATES })` gives (a test holds
 * it to that), computed once per trigram for all candidates rather than once per language.
 */
export function detectLanguage(text: string): string {
  // The first thousand characters tell the language as well as the whole text. They are
  // read unit by unit three times: as a string of their own rather than a view into the
  // text (see flatCopy), detecting 5,000 articles took 248 ms rather than 264.
  return tagOf(francCode(flatCopy(text.slice(0, SAMPLE_LENGTH))));
}

/** The BCP 47 tag of franc's answer, the site's language for none. */
function tagOf(code: string): string {
  if (code === 'und') return DEFAULT_LANGUAGE;
  // franc names Standard Arabic `arb`, whose BCP 47 tag is the macrolanguage's `ar`.
  return code === 'arb' ? 'ar' : (iso6393To1[code] ?? code);
}

/**
 * The language of paragraphs: what `detectLanguage` gives for them joined by line ends,
 * joining only those its sample reads. With the paragraphs' words as `readWords` read them,
 * the sample is read from those words, most often without joining anything (see
 * `countWordTrigrams`).
 */
export function detectParagraphsLanguage(paragraphs: readonly string[], words?: readonly WordStream[]): string {
  let count = 0;
  let length = 0;
  // Until the text joined is longer than the sample, its line end after the last included.
  for (; count < paragraphs.length && length <= SAMPLE_LENGTH; count++) length += paragraphs[count].length + 1;
  if (words) {
    const sampleLength = Math.min(SAMPLE_LENGTH, Math.max(0, length - 1));
    if (sampleLength < MIN_LENGTH) return DEFAULT_LANGUAGE;
    if (countWordTrigrams(paragraphs, words, sampleLength, (latin ??= latinModel(CANDIDATES)))) return tagOf(closestCounted());
  }
  return detectLanguage(paragraphs.slice(0, count).join('\n'));
}

// The models of the candidates written in Latin script, which most samples are.
let latin: ScriptModel | undefined;

function francCode(sample: string): string {
  if (sample.length < MIN_LENGTH) return 'und';
  const script = scriptOf(sample, CANDIDATES);
  if (typeof script === 'string') return script;
  return closestLanguage(sample, script);
}

/** The closest language to a sample, counting the trigrams of its units as franc cleans them. */
function closestLanguage(sample: string, model: ScriptModel): string {
  startCounting(model);
  countUnits(francUnits(sample));
  return closestCounted();
}
