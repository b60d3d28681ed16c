import { MAX_PHRASE_WORDS, type DocumentTerms } from './document-terms.ts';

/** Fewest and most topics an article gets (fewer only when its text is too short). */
export const MIN_TOPICS = 3;
export const MAX_TOPICS = 8;
// Below this share of the best score a phrase is no topic, once there are MIN_TOPICS.
const CUTOFF = 0.4;

interface Scored {
  /** The phrase's index in its document's `forms`. */
  phrase: number;
  score: number;
}

/**
 * Each document's topics, ranked by how specific they are to it in the whole corpus:
 * TF-IDF over stems, a phrase scoring its count times the sum of its stems' weights, and
 * a phrase left out when another chosen one already covers all its stems.
 * Input: every document's terms; output: every document's topics, in the same order.
 */
export function rankTopics(documents: readonly DocumentTerms[]): string[][] {
  const documentFrequency = new Map<string, number>();
  for (const { stems } of documents) for (const stem of stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [stem, frequency] of documentFrequency) weights.set(stem, Math.log((1 + documents.length) / (1 + frequency)) + 1);
  return documents.map((document) => selectTopics(document, weights));
}

function selectTopics({ stems, forms, counts, phraseStems }: DocumentTerms, weights: ReadonlyMap<string, number>): string[] {
  if (forms.length === 0) return [];
  const weight = stems.map((stem) => weights.get(stem)!);
  const stemsOf = (phrase: number) => phraseStems.slice(MAX_PHRASE_WORDS * phrase, MAX_PHRASE_WORDS * (phrase + 1)).filter((stem) => stem >= 0);
  let best = -Infinity;
  const scored = counts.map((count, phrase): Scored => {
    // Longer phrases are rarer by nature: their words' weights add up, and repetition counts.
    let sum = 0;
    for (let index = MAX_PHRASE_WORDS * phrase; index < MAX_PHRASE_WORDS * (phrase + 1) && phraseStems[index] >= 0; index++) sum += weight[phraseStems[index]];
    const score = count * sum;
    if (score > best) best = score;
    return { phrase, score };
  });
  const threshold = best * CUTOFF;
  // Every phrase above the cut-off ranks before every phrase below it: sort the few above
  // first, and the rest only when they are not enough.
  const compare = byScore((phrase) => stemsOf(phrase).map((stem) => stems[stem]).join(' '));
  const above = scored.filter(({ score }) => score >= threshold).sort(compare);
  const chosen: number[] = [];
  const covered = new Set<number>();
  const take = (ranked: Scored[]): boolean => {
    for (const { phrase, score } of ranked) {
      if (chosen.length >= MAX_TOPICS) return true;
      if (chosen.length >= MIN_TOPICS && score < threshold) return true;
      const ownStems = stemsOf(phrase);
      if (ownStems.every((stem) => covered.has(stem))) continue;
      chosen.push(phrase);
      for (const stem of ownStems) covered.add(stem);
    }
    return false;
  };
  if (!take(above)) take(scored.filter(({ score }) => score < threshold).sort(compare));
  return chosen.map((phrase) => forms[phrase]);
}

/** Best score first; equal scores in the order of their stems, joined by spaces, as strings. */
function byScore(key: (phrase: number) => string): (a: Scored, b: Scored) => number {
  return (a, b) => b.score - a.score || (key(a.phrase) < key(b.phrase) ? -1 : 1);
}
