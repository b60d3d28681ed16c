import { compareNames } from './entity-slugs.ts';

/** How many values of a facet show before « Afficher tout ». */
export const FACET_PREVIEW = 10;

/** One value of a facet as the results page offers it. */
export interface FacetOption {
  value: string;
  count: number;
  checked: boolean;
}

/**
 * The values a facet offers, given Pagefind's counts: those with results and those chosen
 * (even when nothing is left for them, so a choice can always be undone). Most frequent
 * first, then in French order; years newest first instead, as a reader scans a timeline.
 */
export function facetOptions(
  counts: Record<string, number> | undefined,
  chosen: readonly string[],
  order: 'count' | 'newest' = 'count',
): FacetOption[] {
  const all = new Map(Object.entries(counts ?? {}));
  for (const value of chosen) if (!all.has(value)) all.set(value, 0);
  const options = [...all]
    .map(([value, count]) => ({ value, count, checked: chosen.includes(value) }))
    .filter((option) => option.count > 0 || option.checked);
  return options.sort((a, b) =>
    order === 'newest' ? compareNames(b.value, a.value) : b.count - a.count || compareNames(a.value, b.value),
  );
}

/** How many of the options to show at first: the preview, or all when a chosen one lies beyond it. */
export function previewSize(options: readonly FacetOption[], preview = FACET_PREVIEW): number {
  const lastChosen = options.findLastIndex((option) => option.checked);
  return lastChosen >= preview ? options.length : Math.min(preview, options.length);
}
