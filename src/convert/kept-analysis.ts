import type { KeptAnalysis } from './analyze-seed.ts';

/**
 * An analysis as a cache keeps it: without its article's body. The fields are picked one
 * by one, since a body derived only when read must not be read here. A module of its own,
 * with no import but types: the cache loads it on runs that load no converter.
 */
export function keptAnalysis({ path, hash, problems, article }: KeptAnalysis): KeptAnalysis {
  if (!article) return { path, hash, problems };
  return { path, hash, problems, article: { data: article.data, topicsGiven: article.topicsGiven, terms: article.terms } };
}
