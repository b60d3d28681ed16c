import type { Entity } from './entity-index.ts';
import { initialId } from './initial-groups.ts';

/**
 * True when an index of `names` names lists them on pages by initial, `pageSize` names a page
 * at most, rather than all on its own page: when they are more than one page holds.
 */
export function listsByInitial(names: number, pageSize: number): boolean {
  return names > pageSize;
}

/** How many of the most cited names the index shows when its names are on pages by initial. */
export const MOST_CITED = 50;

/**
 * The `count` entities that most articles name, most first; on a tie, in the order given
 * (index order, as `buildEntityIndex` gives them).
 */
export function mostCited<T>(entities: readonly Entity<T>[], count = MOST_CITED): Entity<T>[] {
  // Array.prototype.sort is stable: ties keep the index order.
  return [...entities].sort((a, b) => b.articles.length - a.articles.length).slice(0, count);
}

/** The route parameter of the pages of an initial, after `lettre-` in their address: `m`, `autres`. */
export function initialParam(letter: string): string {
  return initialId(letter).slice('lettre-'.length);
}
