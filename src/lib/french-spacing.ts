const NBSP = '\u00A0';
const NARROW_NBSP = '\u202F';
const SPACES = '[ \\u00A0\\u202F]';

/**
 * French typographic spacing: a narrow no-break space before `;`, `!` and `?`, a no-break
 * space before `:` and inside « », so that punctuation never starts a line.
 * Only existing spaces are replaced (and guillemets padded), so URLs, times (`12:30`)
 * and code-like text keep their shape.
 * `"Quoi ? « Oui » : non"` → `"Quoi\u202F? «\u00A0Oui\u00A0»\u00A0: non"`
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(new RegExp(`${SPACES}+([;!?])`, 'g'), `${NARROW_NBSP}$1`)
    .replace(new RegExp(`${SPACES}+:`, 'g'), `${NBSP}:`)
    .replace(new RegExp(`«${SPACES}*(?=\\S)`, 'g'), `«${NBSP}`)
    .replace(new RegExp(`(?<=\\S)${SPACES}*»`, 'g'), `${NBSP}»`);
}
