import type { ArticleData } from '../schema/article.ts';
import { sha256 } from '../lib/sha256.ts';
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
  readonly body: string;
  /**
   * The whole file, rendered when read and not kept: a run may find it unchanged by its key
   * alone, and one that writes it reads it once (kept, the files of a whole archive stayed in
   * memory until the last was written).
   */
  readonly mdx: string;
  /** What decides the file, for this converter: articles of equal keys have equal files (see `articleKey`). */
  readonly key: string;
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

/** The converted seed of an analysis: its file, rendered when read, with the analysis' front matter or with `data`. */
export function renderSeed(analysis: SeedAnalysis, data = analysis.article?.data): ConvertedSeed {
  const { path, problems, article } = analysis;
  if (!article || !data) return { path, problems: [...problems] };
  const { topicsGiven, terms } = article;
  const rendered = {
    data,
    // Read from the analysis only when asked: one read back from a cache derives it then.
    get body() {
      return article.body;
    },
    get mdx() {
      return renderMdx(data, article.body);
    },
    key: articleKey(data),
    topicsGiven,
    terms,
  };
  return { path, problems: [...problems], article: rendered };
}

/**
 * What decides an article's whole file, for one converter, as a digest: the seed's path and
 * hash, which decide its analysis (front matter and body), and the topics ranked among the
 * corpus, the one thing the rest of the corpus changes. Far cheaper than rendering the file.
 */
export function articleKey(data: ArticleData): string {
  return sha256(JSON.stringify([data.seed, data.seedHash, data.topics]));
}
