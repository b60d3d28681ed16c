const NBSP = '\u00A0';
const NARROW_NBSP = '\u202F';
const SPACES = '[ \\u00A0\\u202F]';
// Compiled once: every title and lead of every listing goes through here.
const HIGH_PUNCTUATION = /[;!?]/;
const BEFORE_HIGH_PUNCTUATION = new RegExp(`${SPACES}+([;!?])`, 'g');
const BEFORE_COLON = new RegExp(`${SPACES}+:`, 'g');
const AFTER_OPENING_GUILLEMET = new RegExp(`«${SPACES}*(?=\\S)`, 'g');
const BEFORE_CLOSING_GUILLEMET = new RegExp(`(?<=\\S)${SPACES}*»`, 'g');

/**
 * French typographic spacing: a narrow no-break space before `;`, `!` and `?`, a no-break
 * space before `:` and inside « », so that punctuation never starts a line.
 * Only existing spaces are replaced (and guillemets padded), so URLs, times (`12:30`)
 * and code-like text keep their shape.
 * `"Quoi ? « Oui » : non"` → `"Quoi\u202F? «\u00A0Oui\u00A0»\u00A0: non"`
 */
export function frenchSpacing(text: string): string {
  // Each rule needs its mark: a text without it skips a scan that stops at every space.
  let spaced = text;
  if (HIGH_PUNCTUATION.test(spaced)) spaced = spaced.replace(BEFORE_HIGH_PUNCTUATION, `${NARROW_NBSP}$1`);
  if (spaced.includes(':')) spaced = spaced.replace(BEFORE_COLON, `${NBSP}:`);
  if (spaced.includes('«')) spaced = spaced.replace(AFTER_OPENING_GUILLEMET, `«${NBSP}`);
  if (spaced.includes('»')) spaced = spaced.replace(BEFORE_CLOSING_GUILLEMET, `${NBSP}»`);
  return spaced;
}
