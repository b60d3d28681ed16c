// The mapping's own module: the package's index also loads every language's record (780 KB).
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { flatCopy } from '../lib/flat-copy.ts';
import { directSlot, francUnits, scriptOf, SYMBOLS, unitsKey, type ScriptModel } from './franc-models.ts';

/** Language of the site, used when a text is too short to tell. */
export const DEFAULT_LANGUAGE = 'fr';

// Below this many characters trigram statistics are guesswork.
const MIN_LENGTH = 60;
const SAMPLE_LENGTH = 1000;
// The languages a European press archive meets; comparing against these alone rather than
// franc's eighty-odd is several times faster and avoids exotic guesses on short texts.
export const CANDIDATES = ['fra', 'eng', 'spa', 'deu', 'ita', 'por', 'nld', 'arb', 'rus', 'ukr', 'pol', 'tur', 'ron', 'ell', 'swe'];
// franc's penalty for a trigram a language's model does not have.
const MAX_DIFFERENCE = 300;

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
  const code = francCode(flatCopy(text.slice(0, SAMPLE_LENGTH)));
  if (code === 'und') return DEFAULT_LANGUAGE;
  // franc names Standard Arabic `arb`, whose BCP 47 tag is the macrolanguage's `ar`.
  return code === 'arb' ? 'ar' : (iso6393To1[code] ?? code);
}

/**
 * The language of paragraphs: what `detectLanguage` gives for them joined by line ends,
 * joining only those its sample reads.
 */
export function detectParagraphsLanguage(paragraphs: readonly string[]): string {
  let count = 0;
  // Until the text joined is longer than the sample, its line end after the last included.
  for (let length = 0; count < paragraphs.length && length <= SAMPLE_LENGTH; count++) length += paragraphs[count].length + 1;
  return detectLanguage(paragraphs.slice(0, count).join('\n'));
}

function francCode(sample: string): string {
  if (sample.length < MIN_LENGTH) return 'und';
  const script = scriptOf(sample, CANDIDATES);
  if (typeof script === 'string') return script;
  return closestLanguage(sample, script);
}

/**
 * franc's distance of a language to a text is the sum, over the text's distinct trigrams,
 * of |count − rank − 1| where the language's model ranks the trigram, 300 where it does
 * not; the closest language wins, the first in franc's data order on a tie.
 */
function closestLanguage(sample: string, model: ScriptModel): string {
  const { languages, ids, size, starts, entryLanguages, entryRanks, direct } = model;
  if (languages.length === 0) return 'und';
  const text = francUnits(sample);
  // Counts of the model's trigrams, kept between texts and cleared back to zero where used.
  if (counts.length < size) {
    counts = new Int32Array(size);
    seen = new Int32Array(size);
  }
  let seenCount = 0;
  // A trigram no model ranks costs every language the same 300: it moves no language
  // closer than another, so it is not even counted (detecting 5,000 articles took 165 ms
  // rather than 175 without tracking those). Distances here are franc's less that part.
  for (let index = 0; index + 3 <= text.length; index++) {
    const a = SYMBOLS[text[index]];
    const b = SYMBOLS[text[index + 1]];
    const c = SYMBOLS[text[index + 2]];
    // A trigram of symbols is looked up in `direct`, by one read; any other in `ids`.
    const id = a !== 0 && b !== 0 && c !== 0 ? direct[directSlot(a, b, c)] : ids.get(unitsKey(text[index], text[index + 1], text[index + 2]));
    if (id >= 0 && counts[id]++ === 0) seen[seenCount++] = id;
  }
  // Every language starts from the penalty of every ranked trigram, then gets back what the
  // trigrams its model ranks cost less: the loop visits ranked pairs only.
  if (distances.length < languages.length) distances = new Int32Array(languages.length);
  distances.fill(seenCount * MAX_DIFFERENCE, 0, languages.length);
  for (let index = 0; index < seenCount; index++) {
    const id = seen[index];
    const count = counts[id];
    counts[id] = 0;
    for (let entry = starts[id]; entry < starts[id + 1]; entry++) {
      distances[entryLanguages[entry]] -= MAX_DIFFERENCE - Math.abs(count - entryRanks[entry] - 1);
    }
  }
  let best = 0;
  for (let language = 1; language < languages.length; language++) if (distances[language] < distances[best]) best = language;
  return languages[best];
}

let counts = new Int32Array(0);
// The trigrams of the text the models rank, in order of first sight, and each language's
// distance: kept from one text to the next, as every article is detected in turn (an array
// emptied for each text would give its storage back, and allocate it again as it fills).
let seen = new Int32Array(0);
let distances = new Int32Array(0);
