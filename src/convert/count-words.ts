const WORDS = new Intl.Segmenter('fr', { granularity: 'word' });

/** Words per minute of an average adult reading French prose on screen. */
export const WORDS_PER_MINUTE = 200;

/** Number of words in a text, by the platform's Unicode word rules (« l'armée » is two). */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of WORDS.segment(text)) if (segment.isWordLike) count++;
  return count;
}

/** Whole minutes to read a number of words, at least 1. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}
