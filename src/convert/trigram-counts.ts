import { directSlot, SYMBOLS, unitsKey, type ScriptModel } from './franc-models.ts';

// franc's penalty for a trigram a language's model does not have.
const MAX_DIFFERENCE = 300;

let model: ScriptModel | undefined;
// Counts of the model's trigrams, kept between texts and cleared back to zero where used.
let counts = new Int32Array(0);
// The trigrams of the text the models rank, in order of first sight, and each language's
// distance: kept from one text to the next, as every article is detected in turn (an array
// emptied for each text would give its storage back, and allocate it again as it fills).
let seen = new Int32Array(0);
let seenCount = 0;
let distances = new Int32Array(0);

/** Starts counting the trigrams of a text for the languages of `script`. */
export function startCounting(script: ScriptModel): void {
  // What a count given up left behind (see `closestCounted`, which clears its own).
  for (let index = 0; index < seenCount; index++) counts[seen[index]] = 0;
  model = script;
  if (counts.length < script.size) {
    counts = new Int32Array(script.size);
    seen = new Int32Array(script.size);
  }
  seenCount = 0;
}

/**
 * The number of the trigram of units `a`, `b`, `c` in `script`, −1 when no model ranks it.
 * A trigram of symbols is looked up in `direct`, by one read; any other in `ids`.
 */
export function trigramId(script: ScriptModel, a: number, b: number, c: number): number {
  const x = SYMBOLS[a];
  const y = SYMBOLS[b];
  const z = SYMBOLS[c];
  return x !== 0 && y !== 0 && z !== 0 ? script.direct[directSlot(x, y, z)] : script.ids.get(unitsKey(a, b, c));
}

/**
 * Counts a trigram by its number. One that no model ranks (−1) costs every language the
 * same 300: it moves no language closer than another, so it is not even counted (detecting
 * 5,000 articles took 165 ms rather than 175 without tracking those).
 */
export function countTrigram(id: number): void {
  if (id >= 0 && counts[id]++ === 0) seen[seenCount++] = id;
}

/** Counts the trigrams of franc's text of a sample, as `francUnits` gives it. */
export function countUnits(text: Uint16Array): void {
  const script = model!;
  for (let index = 0; index + 3 <= text.length; index++) countTrigram(trigramId(script, text[index], text[index + 1], text[index + 2]));
}

/** The counts since `startCounting`, by trigram number: what tests compare. */
export function countedTrigrams(): Map<number, number> {
  return new Map(Array.from(seen.subarray(0, seenCount), (id) => [id, counts[id]]));
}

/**
 * The closest language to the text counted since `startCounting`. franc's distance of a
 * language to a text is the sum, over the text's distinct trigrams, of |count − rank − 1|
 * where the language's model ranks the trigram, 300 where it does not; the closest language
 * wins, the first in franc's data order on a tie. Distances here are franc's less the part
 * of the trigrams no model ranks.
 */
export function closestCounted(): string {
  const { languages, starts, entryLanguages, entryRanks } = model!;
  if (languages.length === 0) return 'und';
  // Every language starts from the penalty of every ranked trigram, then gets back what the
  // trigrams its model ranks cost less: the loop visits ranked pairs only.
  if (distances.length < languages.length) distances = new Int32Array(languages.length);
  distances.fill(seenCount * MAX_DIFFERENCE, 0, languages.length);
  for (let index = 0; index < seenCount; index++) {
    const id = seen[index];
    const count = counts[id];
    counts[id] = 0;
    for (let entry = starts[id]; entry < starts[id + 1]; entry++) {
      distances[entryLanguages[entry]] -= MAX_DIFFERENCE - Math.abs(count - entryRanks[entry] - 1);
    }
  }
  seenCount = 0;
  let best = 0;
  for (let language = 1; language < languages.length; language++) if (distances[language] < distances[best]) best = language;
  return languages[best];
}
