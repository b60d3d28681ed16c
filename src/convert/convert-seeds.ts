import { convertSeed, type ConvertedSeed, type SeedFile } from './convert-seed.ts';
import { error } from './problem.ts';
import { renderMdx } from './render-mdx.ts';
import { extractTopics } from '../topics/extract-topics.ts';

/** The conversion of a whole folder of seeds: one entry per seed, in path order. */
export interface ConvertedCorpus {
  seeds: ConvertedSeed[];
  /** Generated files by name (`<slug>.mdx`), present only when no seed has an error. */
  files: Map<string, string>;
}

/**
 * Converts every seed and does what only the whole corpus can: topics ranked by how
 * specific they are to each article among all of them, and two seeds claiming one slug
 * reported as an error on both, never a silent overwrite.
 */
export function convertSeeds(seedFiles: readonly SeedFile[]): ConvertedCorpus {
  const seeds = [...seedFiles].sort((a, b) => compare(a.path, b.path)).map(convertSeed);
  const bySlug = new Map<string, ConvertedSeed[]>();
  for (const seed of seeds) {
    if (!seed.article) continue;
    const slug = seed.article.data.slug;
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), seed]);
  }
  for (const [slug, claimants] of bySlug) {
    if (claimants.length < 2) continue;
    for (const seed of claimants) {
      const others = claimants.filter((other) => other !== seed).map((other) => other.path);
      seed.problems.push(
        error(`slug "${slug}" is also the slug of ${others.join(', ')}`, undefined, 'rename a file or set "slug:" in its header'),
      );
    }
  }
  assignTopics(seeds);
  const failed = seeds.some((seed) => seed.problems.some((problem) => problem.severity === 'error'));
  const files = new Map<string, string>();
  if (!failed) for (const seed of seeds) if (seed.article) files.set(`${seed.article.data.slug}.mdx`, seed.article.mdx);
  return { seeds, files };
}

// Code-unit order, not locale order, so that output never depends on the machine's locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sets the topics of every article whose header does not give them, and renders its file again. */
function assignTopics(seeds: ConvertedSeed[]): void {
  const articles = seeds.flatMap((seed) => (seed.article ? [seed.article] : []));
  const topics = extractTopics(articles.map((article) => article.paragraphs));
  articles.forEach((article, index) => {
    if (article.topicsGiven) return;
    article.data = { ...article.data, topics: topics[index] };
    article.mdx = renderMdx(article.data, article.body);
  });
}
