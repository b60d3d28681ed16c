import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/** Language of the site, used when a text is too short to tell. */
export const DEFAULT_LANGUAGE = 'fr';

// Below this many characters trigram statistics are guesswork.
const MIN_LENGTH = 60;

/**
 * The language of a text as a BCP 47 tag: ISO 639-1 where one exists (`fr`, `en`),
 * ISO 639-3 otherwise; the site's language when the text is too short to tell.
 */
export function detectLanguage(text: string): string {
  const code = franc(text, { minLength: MIN_LENGTH });
  if (code === 'und') return DEFAULT_LANGUAGE;
  return iso6393To1[code] ?? code;
}
