import type { ArticleData } from '../schema/article.ts';
import type { DocumentTerms } from '../topics/document-terms.ts';
import { analyzeSeed, type SeedAnalysis, type SeedFile } from './analyze-seed.ts';
import type { Problem } from './problem.ts';
import { renderMdx } from './render-mdx.ts';

export type { SeedFile } from './analyze-seed.ts';

/** What one seed became: an article (front matter and MDX) unless it had errors. */
export interface ConvertedSeed {
  path: string;
  article?: ConvertedArticle;
  problems: Problem[];
}

/** An article: its front matter, its escaped MDX body, the whole file, and its terms for topics. */
export interface ConvertedArticle {
  data: ArticleData;
  body: string;
  mdx: string;
  /** True when the header set the topics, which the corpus must then leave alone. */
  topicsGiven: boolean;
  terms: DocumentTerms;
}

/**
 * Converts one seed file into an article on its own: its topics are the header's, or none
 * until `convertSeeds` ranks them among the whole corpus.
 */
export function convertSeed(seed: SeedFile): ConvertedSeed {
  return renderSeed(analyzeSeed(seed));
}

/** The converted seed of an analysis: its file rendered with the analysis' front matter, or with `data`. */
export function renderSeed(analysis: SeedAnalysis, data = analysis.article?.data): ConvertedSeed {
  const { path, problems, article } = analysis;
  if (!article || !data) return { path, problems: [...problems] };
  const { body, topicsGiven, terms } = article;
  return { path, problems: [...problems], article: { data, body, mdx: renderMdx(data, body), topicsGiven, terms } };
}
