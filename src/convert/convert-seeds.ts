import { analyzeSeeds, seedBody, type KeptAnalysis, type SeedAnalysis, type SeedFile } from './analyze-seed.ts';
import { seedHash } from './seed-hash.ts';
import { renderSeed, type ConvertedArticle, type ConvertedSeed } from './convert-seed.ts';
import { error } from './problem.ts';
import { rankTopics } from '../topics/rank-topics.ts';

/** The conversion of a whole folder of seeds: one entry per seed, in path order. */
export interface ConvertedCorpus {
  seeds: ConvertedSeed[];
  /** The articles by file name (`<slug>.mdx`), present only when no seed has an error. */
  files: Map<string, ConvertedArticle>;
  /** Each seed's analysis, in path order: what a later run may reuse. */
  analyses: SeedAnalysis[];
  /** How many seeds were analysed afresh, and how many analyses were reused. */
  converted: number;
  reused: number;
}

/**
 * Converts every seed and does what only the whole corpus can: topics ranked by how
 * specific they are to each article among all of them, and two seeds claiming one slug
 * reported as an error on both, never a silent overwrite.
 * `previous` holds earlier analyses by seed path: one whose hash is the seed's is reused
 * rather than analysed again (it is what analysing would give, as long as the converter
 * is the same, which the caller checks).
 */
export function convertSeeds(seedFiles: readonly SeedFile[], previous?: ReadonlyMap<string, KeptAnalysis>): ConvertedCorpus {
  return finishCorpus(analyzeCorpus(seedFiles, previous));
}

/** Every seed's analysis in path order, and how many were reused: the first step of `convertSeeds`. */
export interface AnalyzedCorpus {
  analyses: SeedAnalysis[];
  reused: number;
}

/**
 * The first step of `convertSeeds`, each seed's analysis its own: analyses, in path order,
 * reused where the bytes did not change (a kept analysis without its body derives it from
 * the bytes, if asked), the others made in batches (`analyzeSeeds`).
 */
export function analyzeCorpus(seedFiles: readonly SeedFile[], previous?: ReadonlyMap<string, KeptAnalysis>): AnalyzedCorpus {
  const sorted = [...seedFiles].sort((a, b) => compare(a.path, b.path));
  const analyses: SeedAnalysis[] = new Array(sorted.length);
  // The seeds to analyse afresh, by their place in `sorted`.
  const fresh: number[] = [];
  for (const [index, seed] of sorted.entries()) {
    const earlier = reusableAnalysis(seed, previous);
    if (earlier) analyses[index] = withBody(earlier, seed);
    else fresh.push(index);
  }
  for (let start = 0; start < fresh.length; start += ANALYSIS_BATCH) {
    const batch = fresh.slice(start, start + ANALYSIS_BATCH);
    const analysed = analyzeSeeds(batch.map((index) => sorted[index]));
    for (const [place, index] of batch.entries()) analyses[index] = analysed[place];
  }
  return { analyses, reused: sorted.length - fresh.length };
}

// Seeds analysed step by step together (see `analyzeSeeds`), their words held meanwhile.
// Batches of 128 were no faster (2.92 s against 2.96 to analyse 5,000 benchmark seeds, six
// conversions of each) and held more: 433 to 452 MB of peak memory converting 10,000 seeds,
// against 366 to 372 in batches of 32 and 358 one seed at a time.
export const ANALYSIS_BATCH = 32;

/** The earlier analysis of `seed`, when its bytes are those it was made of: what `analyzeCorpus` reuses. */
export function reusableAnalysis(seed: SeedFile, previous?: ReadonlyMap<string, KeptAnalysis>): KeptAnalysis | undefined {
  const earlier = previous?.get(seed.path);
  return earlier?.hash === seedHash(seed) ? earlier : undefined;
}

/** A kept analysis of `seed`, its article's body derived from the bytes when first read if the cache left it out. */
function withBody(analysis: KeptAnalysis, seed: SeedFile): SeedAnalysis {
  const article = analysis.article;
  if (!article) return analysis as SeedAnalysis;
  // Looked at rather than read: reading a body this process derives on demand would derive it.
  const own = Object.getOwnPropertyDescriptor(article, 'body');
  if (own?.get || own?.value !== undefined) return analysis as SeedAnalysis;
  let body: string | undefined;
  const { data, topicsGiven, terms } = article;
  return {
    ...analysis,
    article: {
      data,
      get body() {
        return (body ??= seedBody(seed, data.lang));
      },
      topicsGiven,
      terms,
    },
  };
}

/** The second step of `convertSeeds`, over the whole corpus: topics ranked, slugs checked, articles ready to render. */
export function finishCorpus({ analyses, reused }: AnalyzedCorpus): ConvertedCorpus {
  const seeds = withTopics(analyses);
  reportSlugClaims(seeds);
  const failed = seeds.some((seed) => seed.problems.some((problem) => problem.severity === 'error'));
  const files = new Map<string, ConvertedArticle>();
  if (!failed) for (const seed of seeds) if (seed.article) files.set(`${seed.article.data.slug}.mdx`, seed.article);
  return { seeds, files, analyses, converted: analyses.length - reused, reused };
}

// Code-unit order, not locale order, so that output never depends on the machine's locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every seed converted, each article with its ranked topics unless its header gives them. */
function withTopics(analyses: readonly SeedAnalysis[]): ConvertedSeed[] {
  const topics = rankTopics(analyses.flatMap((analysis) => (analysis.article ? [analysis.article.terms] : [])));
  let next = 0;
  return analyses.map((analysis) => {
    const article = analysis.article;
    if (!article) return renderSeed(analysis);
    const ranked = topics[next++];
    return article.topicsGiven ? renderSeed(analysis) : renderSeed(analysis, { ...article.data, topics: ranked });
  });
}

/** Two seeds claiming one slug: an error on each, naming the others. */
function reportSlugClaims(seeds: ConvertedSeed[]): void {
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
}
