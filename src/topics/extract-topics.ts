import { documentTerms } from './document-terms.ts';
import { rankTopics } from './rank-topics.ts';

export { MAX_TOPICS, MIN_TOPICS } from './rank-topics.ts';

/**
 * Key phrases of each document, ranked by how specific they are to it in the whole corpus
 * (`documentTerms` of each, then `rankTopics` over all of them).
 * Input: each document's paragraphs; output: each document's topics, in the same order.
 */
export function extractTopics(documents: readonly (readonly string[])[]): string[][] {
  return rankTopics(documents.map((paragraphs) => documentTerms(paragraphs)));
}
