import { foldKey } from './normalize.ts';

/** Entity types that are scored. */
export const SCORED_TYPES = ['people', 'places', 'organizations', 'sources'] as const;

/** One of the scored types. */
export type ScoredType = (typeof SCORED_TYPES)[number];

/** Expected or found entities of one paragraph. */
export type EntityLists = Record<ScoredType, readonly string[]>;

/** Counts and scores of one type over a whole evaluation set. */
export interface TypeScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A miss or an extra, for reading what went wrong. */
export interface Difference {
  id: string;
  type: ScoredType;
  missing: string[];
  extra: string[];
}

/**
 * Precision and recall per type, micro-averaged over paragraphs: a found name counts
 * when it equals an expected one up to case and accents (« ministère » / « Ministère »).
 */
export function scoreEntities(
  cases: readonly { id: string; expected: EntityLists; found: EntityLists }[],
): { scores: Record<ScoredType, TypeScore>; differences: Difference[] } {
  const differences: Difference[] = [];
  const scores = Object.fromEntries(
    SCORED_TYPES.map((type) => {
      let truePositives = 0;
      let falsePositives = 0;
      let falseNegatives = 0;
      for (const { id, expected, found } of cases) {
        const expectedKeys = new Set(expected[type].map(foldKey));
        const foundKeys = new Set(found[type].map(foldKey));
        const missing = expected[type].filter((name) => !foundKeys.has(foldKey(name)));
        const extra = found[type].filter((name) => !expectedKeys.has(foldKey(name)));
        truePositives += expectedKeys.size - missing.length;
        falseNegatives += missing.length;
        falsePositives += extra.length;
        if (missing.length > 0 || extra.length > 0) differences.push({ id, type, missing, extra });
      }
      const precision = ratio(truePositives, truePositives + falsePositives);
      const recall = ratio(truePositives, truePositives + falseNegatives);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return [type, { truePositives, falsePositives, falseNegatives, precision, recall, f1 }];
    }),
  ) as Record<ScoredType, TypeScore>;
  return { scores, differences };
}

// An empty denominator is a perfect score: nothing expected and nothing found.
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

/** Targets per type: precision and recall at least these. */
export const QUALITY_TARGETS: Record<ScoredType, { precision: number; recall: number }> = {
  people: { precision: 0.9, recall: 0.85 },
  places: { precision: 0.9, recall: 0.85 },
  organizations: { precision: 0.8, recall: 0.8 },
  sources: { precision: 0.8, recall: 0.8 },
};
