// Words a cut text must not end on (« …ses homologues de » → « …ses homologues »).
const DANGLING = new Set(
  (
    "a à au aux avec ce ces cet cette d' d’ dans de des du en entre et l' l’ la le les leur leurs ou par " +
    "pour qu' qu’ que qui sa se ses son sur un une plus très ne n' n’ s' s’ est sont ont été face quant"
  ).split(' '),
);

/**
 * Cuts a text to at most `maxLength` characters, ellipsis included, at a word boundary
 * (never mid-word), dropping dangling function words and punctuation before the ellipsis.
 * `cutAtWord("les généraux de l'armée", 20)` → `"les généraux…"`
 */
export function cutAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const room = text.slice(0, maxLength); // one character is kept for the ellipsis
  const words = room.split(/\s+/u);
  words.pop(); // the last word was cut, or is the one the ellipsis would replace
  while (words.length > 1 && DANGLING.has(words[words.length - 1].toLocaleLowerCase('fr'))) words.pop();
  const kept = stripTrailingPunctuation(words.join(' ')) || room.slice(0, maxLength - 1);
  return `${kept}…`;
}

/** Drops trailing spaces and punctuation debris (`.`, `,`, `;`, `:`, dashes, an opening quote or bracket). */
export function stripTrailingPunctuation(text: string): string {
  return text.replace(/[\s.,;:«(\[–—-]+$/u, '');
}
