// Words a cut text must not end on (« …ses homologues de » → « …ses homologues »).
const DANGLING = new Set(
  (
    "a à au aux avec ce ces cet cette d' d’ dans de des du en entre et l' l’ la le les leur leurs ou par " +
    "pour qu' qu’ que qui sa se ses son sur un une plus très ne n' n’ s' s’ est sont ont été face quant"
  ).split(' '),
);
const TRAILING_PUNCTUATION = /[\s.,;:«(\[–—-]+$/u;

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
  const kept = trimEnd(words.join(' ')) || Array.from(room).slice(0, -1).join('').slice(0, maxLength - 1);
  return `${kept.replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/**
 * Drops what a shortened text must not end on, repeatedly: spaces, punctuation debris
 * (`.`, `,`, `;`, `:`, dashes, an opening quote or bracket) and dangling function words.
 * `"les armées du Golfe et —"` → `"les armées du Golfe"`
 */
export function trimEnd(text: string): string {
  let words = text.replace(TRAILING_PUNCTUATION, '').split(/\s+/u);
  while (words.length > 1 && DANGLING.has(words[words.length - 1].toLocaleLowerCase('fr'))) {
    words = words.slice(0, -1).join(' ').replace(TRAILING_PUNCTUATION, '').split(/\s+/u);
  }
  return words.join(' ');
}

/** Drops trailing spaces and punctuation debris, keeping the words. */
export function stripTrailingPunctuation(text: string): string {
  return text.replace(TRAILING_PUNCTUATION, '');
}
