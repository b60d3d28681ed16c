import { compareNewestFirst, type ArchiveItem } from './archive.ts';

/** How many related articles an article page shows. */
export const RELATED_LIMIT = 5;

/**
 * The articles related to each article, computed once for the whole archive through an
 * inverted index (key → articles), so the cost follows the number of shared keys rather than
 * the square of the archive. An article's score against another is the number of keys they
 * share (`people:Herzi Halevi`, `places:Gaza`…); the best `limit` come first, ties broken by
 * newest date then slug; an article sharing nothing is never related, nor is an article itself.
 */
export function relatedArticles<T extends ArchiveItem>(
  items: readonly T[],
  keysOf: (item: T) => Iterable<string>,
  limit = RELATED_LIMIT,
): Map<string, T[]> {
  const keys = new Map(items.map((item) => [item, new Set(keysOf(item))]));
  const postings = new Map<string, T[]>();
  for (const [item, itemKeys] of keys) {
    for (const key of itemKeys) {
      const list = postings.get(key);
      if (list) list.push(item);
      else postings.set(key, [item]);
    }
  }
  const related = new Map<string, T[]>();
  for (const [item, itemKeys] of keys) {
    const scores = new Map<T, number>();
    for (const key of itemKeys) {
      for (const other of postings.get(key)!) {
        if (other !== item) scores.set(other, (scores.get(other) ?? 0) + 1);
      }
    }
    related.set(item.slug, best(scores, limit));
  }
  return related;
}

/** The `limit` best-scored articles in rank order, without sorting every candidate. */
function best<T extends ArchiveItem>(scores: Map<T, number>, limit: number): T[] {
  const rank = ([a, scoreA]: [T, number], [b, scoreB]: [T, number]) => scoreB - scoreA || compareNewestFirst(a, b);
  const top: [T, number][] = [];
  if (limit <= 0) return [];
  for (const candidate of scores) {
    if (top.length === limit && rank(candidate, top[limit - 1]) >= 0) continue;
    let at = top.length;
    while (at > 0 && rank(candidate, top[at - 1]) < 0) at--;
    top.splice(at, 0, candidate);
    if (top.length > limit) top.pop();
  }
  return top.map(([article]) => article);
}
