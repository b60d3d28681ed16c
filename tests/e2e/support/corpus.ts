import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { convertSeeds } from '../../../src/convert/convert-seeds.ts';
import { decodeSeed } from '../../../src/convert/decode-seed.ts';
import { parseSeed } from '../../../src/convert/parse-seed.ts';
import { foldForSearch } from '../../../src/lib/search-folding.ts';
import { compareNewestFirst } from '../../../src/lib/archive.ts';
import type { ArticleData } from '../../../src/schema/article.ts';
import { articlePath } from '../../../src/lib/urls.ts';
import { ROOT } from './site-build.ts';

/** An article of the site under test, as the real converter writes its front matter. */
export interface CorpusArticle extends ArticleData {
  url: string;
  /** The paragraphs of the body, as the seed wrote them. */
  paragraphs: string[];
}

/** The lists of names of the front matter. */
export type NameList = 'people' | 'places' | 'organizations' | 'topics' | 'sources';

let cached: CorpusArticle[] | undefined;

/**
 * Every article of the site under test, newest first: the same seeds as the build (the
 * project's and the e2e fixtures') through the real converter, topics ranked over the whole
 * corpus as the build does. Expectations come from this data, never from what a test assumes
 * the extractor finds.
 */
export function e2eCorpus(): CorpusArticle[] {
  cached ??= convert();
  return cached;
}

function convert(): CorpusArticle[] {
  const files = ['seeds', 'tests/fixtures/e2e-seeds'].flatMap((folder) =>
    readdirSync(path.join(ROOT, folder))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => ({ path: `${folder}/${name}`, bytes: readFileSync(path.join(ROOT, folder, name)) })),
  );
  const { seeds } = convertSeeds(files);
  const articles = seeds.map((seed) => {
    if (!seed.article) throw new Error(`${seed.path} does not convert`);
    const bytes = files.find((file) => file.path === seed.path)!.bytes;
    const paragraphs = parseSeed(decodeSeed(bytes).text).paragraphs.map((paragraph) => paragraph.text);
    return { ...seed.article.data, url: articlePath(seed.article.data.slug), paragraphs };
  });
  return articles.sort(compareNewestFirst);
}

/** The article with that slug. */
export function article(slug: string): CorpusArticle {
  const found = e2eCorpus().find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no article ${slug}`);
  return found;
}

/** The articles whose list names it, newest first. */
export function naming(list: NameList, name: string): CorpusArticle[] {
  return e2eCorpus().filter((candidate) => candidate[list].includes(name));
}

/** How many articles name each value of a list, among some articles. */
export function countsOf(list: NameList, among: CorpusArticle[] = e2eCorpus()): Map<string, number> {
  const counts = new Map<string, number>();
  for (const candidate of among) for (const name of new Set(candidate[list])) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** The names two articles must share to be related: the same rule as the site's, written out plainly. */
const RELATED_LISTS: NameList[] = ['people', 'places', 'organizations', 'topics'];

/**
 * The articles the page of `subject` must show as related, by comparing it with every other
 * article: most shared names first, then newest, then slug; none sharing nothing; at most five.
 */
export function expectedRelated(subject: CorpusArticle): CorpusArticle[] {
  const shared = (other: CorpusArticle) =>
    RELATED_LISTS.reduce((sum, list) => sum + other[list].filter((name) => subject[list].includes(name)).length, 0);
  return e2eCorpus()
    .filter((other) => other.slug !== subject.slug)
    .map((other) => ({ other, score: shared(other) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || compareNewestFirst(a.other, b.other))
    .slice(0, 5)
    .map(({ other }) => other);
}

/**
 * The articles a one-word search finds: a word of the body starting with the query, accents,
 * case, apostrophes and ligatures folded as Pagefind and the site fold them (`israel` finds
 * « Israël » and « israéliens »).
 */
export function containingWord(query: string): CorpusArticle[] {
  const fold = (text: string) => foldForSearch(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const prefix = fold(query);
  return e2eCorpus().filter((candidate) =>
    candidate.paragraphs.some((paragraph) => fold(paragraph).split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(prefix))),
  );
}
