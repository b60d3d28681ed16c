import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/** Language of the site, used when a text is too short to tell. */
export const DEFAULT_LANGUAGE = 'fr';

// Below this many characters trigram statistics are guesswork.
const MIN_LENGTH = 60;
const SAMPLE_LENGTH = 1000;
// The languages a European press archive meets; comparing against these alone rather than
// franc's eighty-odd is several times faster and avoids exotic guesses on short texts.
const CANDIDATES = ['fra', 'eng', 'spa', 'deu', 'ita', 'por', 'nld', 'arb', 'rus', 'ukr', 'pol', 'tur', 'ron', 'ell', 'swe'];

/**
 * The language of a text as a BCP 47 tag: ISO 639-1 where one exists (`fr`, `en`),
 * ISO 639-3 otherwise; the site's language when the text is too short to tell.
 */
export function detectLanguage(text: string): string {
  // The first few thousand characters tell the language as well as the whole text.
  const code = franc(text.slice(0, SAMPLE_LENGTH), { minLength: MIN_LENGTH, only: CANDIDATES });
  if (code === 'und') return DEFAULT_LANGUAGE;
  // franc names Standard Arabic `arb`, whose BCP 47 tag is the macrolanguage's `ar`.
  return code === 'arb' ? 'ar' : (iso6393To1[code] ?? code);
}
