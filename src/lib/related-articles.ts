import { compareNewestFirst, type ArchiveItem } from './archive.ts';

/** How many related articles an article page shows. */
export const RELATED_LIMIT = 5;

/**
 * A name found in more than this share of the archive is too common to tell which articles
 * belong together (« France » in a French archive), as Lucene's « more like this » ignores
 * terms above a document frequency. It is what makes the cost grow with the archive rather
 * than with its square: a name in k articles costs k² comparisons.
 */
export const COMMON_SHARE = 0.05;
/** Names in at most this many articles always count, however small the archive. */
export const ALWAYS_TELLING = 50;

/**
 * The articles related to each article, computed once for the whole archive through an
 * inverted index (key → articles). An article's score against another is the number of keys
 * they share (`people:Herzi Halevi`, `places:Gaza`…), keys too common to tell left out (see
 * COMMON_SHARE); the best `limit` come first, ties broken by newest date then slug; an
 * article sharing nothing is never related, nor is an article itself.
 */
export function relatedArticles<T extends ArchiveItem>(
  items: readonly T[],
  keysOf: (item: T) => Iterable<string>,
  limit = RELATED_LIMIT,
  commonShare = COMMON_SHARE,
): Map<string, T[]> {
  const tellingLimit = Math.max(ALWAYS_TELLING, Math.floor(items.length * commonShare));
  const postings = new Map<string, number[]>();
  const keysByItem = items.map((item, position) => {
    const keys = [...new Set(keysOf(item))];
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(position);
      else postings.set(key, [position]);
    }
    return keys;
  });
  // Scores by position, reused for every article: only the positions touched are reset.
  const scores = new Uint32Array(items.length);
  const related = new Map<string, T[]>();
  items.forEach((item, position) => {
    const touched: number[] = [];
    for (const key of keysByItem[position]) {
      const list = postings.get(key)!;
      if (list.length > tellingLimit) continue;
      for (const other of list) {
        if (other !== position && scores[other]++ === 0) touched.push(other);
      }
    }
    related.set(item.slug, best(items, touched, scores, limit));
    for (const other of touched) scores[other] = 0;
  });
  return related;
}

/** The `limit` best-scored articles in rank order, without sorting every candidate. */
function best<T extends ArchiveItem>(items: readonly T[], candidates: number[], scores: Uint32Array, limit: number): T[] {
  const rank = (a: number, b: number) => scores[b] - scores[a] || compareNewestFirst(items[a], items[b]);
  const top: number[] = [];
  if (limit <= 0) return [];
  for (const candidate of candidates) {
    if (top.length === limit && rank(candidate, top[limit - 1]) >= 0) continue;
    let at = top.length;
    while (at > 0 && rank(candidate, top[at - 1]) < 0) at--;
    top.splice(at, 0, candidate);
    if (top.length > limit) top.pop();
  }
  return top.map((position) => items[position]);
}
