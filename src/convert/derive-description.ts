import { cutAtWord } from './cut-at-word.ts';

/** Longest description, in characters, as search engines show it. */
export const MAX_DESCRIPTION_LENGTH = 160;

/**
 * The lead of an article for listings and metadata: its first paragraph, cut at a word
 * boundary with an ellipsis when longer than 160 characters.
 */
export function deriveDescription(paragraph: string, maxLength = MAX_DESCRIPTION_LENGTH): string {
  return cutAtWord(paragraph.trim(), maxLength);
}
