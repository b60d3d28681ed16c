import { getCollection, type CollectionEntry } from 'astro:content';
import { groupByYearAndMonth, neighboursBySlug, sortNewestFirst, type Archive, type Neighbours } from './archive.ts';
import { buildEntityIndex, type EntityIndex } from './entity-index.ts';
import { RELATED_KINDS } from './entity-kinds.ts';
import { relatedArticles } from './related-articles.ts';
import { site } from '../site.config.ts';

/** An article entry of the content collection. */
export type Article = CollectionEntry<'articles'>;

/** An article flattened for the archive helpers. */
export interface ArticleSummary {
  slug: string;
  title: string;
  date?: string;
  description: string;
  readingMinutes: number;
  entry: Article;
}

interface Corpus {
  articles: ArticleSummary[];
  archive: Archive<ArticleSummary>;
  neighbours: Map<string, Neighbours<ArticleSummary>>;
  /** People, places, organisations, topics and sources, each with its articles newest first. */
  entities: EntityIndex<ArticleSummary>;
  /** The related articles of each article, by slug. */
  related: Map<string, ArticleSummary[]>;
}

let corpus: Promise<Corpus> | undefined;

/**
 * The whole archive, sorted and grouped once per build: every page reads the same
 * object instead of regrouping the collection (which would cost O(n²) over a build).
 */
export function loadCorpus(): Promise<Corpus> {
  // The dev server keeps modules alive across edits: regroup on every request there.
  if (import.meta.env.DEV) corpus = undefined;
  corpus ??= getCollection('articles').then((entries) => {
    const articles = sortNewestFirst(
      entries.map((entry) => ({
        slug: entry.data.slug,
        title: entry.data.title,
        date: entry.data.date,
        description: entry.data.description,
        readingMinutes: entry.data.readingMinutes,
        entry,
      })),
    );
    return {
      articles,
      archive: groupByYearAndMonth(articles),
      neighbours: neighboursBySlug(articles),
      entities: buildEntityIndex(articles, (article, kind) => article.entry.data[kind], site.entityPageMinArticles),
      related: relatedArticles(articles, (article) =>
        RELATED_KINDS.flatMap((kind) => article.entry.data[kind].map((name) => `${kind}\u0000${name}`)),
      ),
    };
  });
  return corpus;
}
