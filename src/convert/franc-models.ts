import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { codeUnitMap, codeUnitTest } from '../lib/code-unit-test.ts';
import { isWhiteSpace } from '../lib/white-space.ts';
import { TrigramTable, type TrigramKey } from './trigram-table.ts';

/** The trigram models of the candidate languages written in one script. */
export interface ScriptModel {
  /** Candidate languages of the script, in franc's data order (which breaks ties). */
  languages: string[];
  /** A number (`id`) for each trigram any of the models ranks. */
  ids: TrigramTable;
  /** How many trigrams have a number. */
  size: number;
  /**
   * Where each trigram is ranked: the entries of trigram `id` are `starts[id]` to
   * `starts[id + 1]` (exclusive) of `entryLanguages` (index in `languages`) and `entryRanks`.
   */
  starts: Int32Array;
  entryLanguages: Int32Array;
  entryRanks: Int32Array;
  /**
   * The number of each trigram made of `SYMBOLS` alone, by `directSlot`; −1 for one no model
   * ranks. Most trigrams of European text are such: they are looked up by one read of this
   * table (1 MB) rather than a search of `ids`, which took a fifth more time to detect the
   * language of 5,000 articles.
   */
  direct: Int32Array;
}

/**
 * The units most trigrams of the candidate languages are made of (the space, a to z, the
 * lower-case letters of Latin-1 and a few others), numbered from 1 so that three of them make
 * a number below 2^18 (`directSlot`); 0 for any other unit.
 */
export const SYMBOLS = buildSymbols();

function buildSymbols(): Uint8Array {
  const symbols = new Uint8Array(0x10000);
  let next = 1;
  const units = [0x20, 0x153, 0x131, 0x142, 0x15f];
  for (let unit = 0x61; unit <= 0x7a; unit++) units.push(unit);
  for (let unit = 0xdf; unit <= 0xff; unit++) if (unit !== 0xf7) units.push(unit);
  for (const unit of units) symbols[unit] = next++;
  return symbols;
}

/** The slot in `direct` of the trigram of three symbols (each from 1 to 63). */
export function directSlot(a: number, b: number, c: number): number {
  return (a << 12) | (b << 6) | c;
}

// Three symbols of 6 bits each.
const DIRECT_SIZE = 1 << 18;

const SCRIPTS = Object.keys(expressions);
// Latin shares no character with any other script's expression (a test checks it), so
// Latin on more than half of the sample outnumbers every other script.
const LATIN = 'Latin';
const models = new Map<string, ScriptModel>();

/**
 * The script most of a sample is written in, as franc decides it: the models of its
 * candidate languages, or directly a language code for a script only one language uses
 * (`ell` for Greek), or `und` when no candidate writes it.
 */
export function scriptOf(sample: string, candidates: readonly string[]): ScriptModel | string {
  let topCount = -1;
  let top: string | undefined;
  if (latinCount(sample) * 2 > sample.length) return modelFor(LATIN, candidates);
  // franc compares match counts divided by the same length; the counts order alike.
  for (const script of SCRIPTS) {
    const count = sample.match(expressions[script])?.length ?? 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  if (top === undefined || !Object.hasOwn(data, top)) {
    return top === undefined || topCount === 0 || !candidates.includes(top) ? 'und' : top;
  }
  return modelFor(top, candidates);
}

/** True for a unit franc's Latin expression matches on its own. */
export const isLatinUnit = codeUnitTest(expressions[LATIN]);

/** The models of the candidate languages written in Latin script. */
export function latinModel(candidates: readonly string[]): ScriptModel {
  return modelFor(LATIN, candidates);
}

/** How many matches franc's Latin expression finds in a sample. */
function latinCount(sample: string): number {
  let count = 0;
  for (let index = 0; index < sample.length; index++) {
    const unit = sample.charCodeAt(index);
    // The expression matches some surrogate pairs as one: let it count those itself.
    if (unit >= 0xd800 && unit <= 0xdfff) return sample.match(expressions[LATIN])?.length ?? 0;
    if (isLatinUnit(unit)) count++;
  }
  return count;
}

function modelFor(script: string, candidates: readonly string[]): ScriptModel {
  const key = `${script}:${candidates.join(',')}`;
  let model = models.get(key);
  if (!model) {
    model = buildModel(data[script], candidates);
    models.set(key, model);
  }
  return model;
}

/**
 * A sample as franc's `trigram-utils` reads it before cutting it into trigrams: the ASCII
 * characters from `!` to `@` (most punctuation, and digits) become spaces, white space
 * collapses, lower case, one space of padding at each end. `"Le chat, 2 fois."` → `" le chat fois "`
 */
export function francText(sample: string): string {
  const length = cleanInto(sample, false);
  let text = '';
  // In slices, as a call takes a bounded number of arguments.
  for (let from = 0; from < length; from += 4096) text += String.fromCharCode.apply(null, units.subarray(from, Math.min(length, from + 4096)) as unknown as number[]);
  // Lower case comes last, on the whole text, as franc's does: a Greek final sigma depends on what follows it.
  return text.toLowerCase();
}

/**
 * The code units of `francText(sample)`, in a buffer that the next call overwrites: made
 * without the string when every unit of the sample is lower-cased on its own (as in all but
 * a few texts), which spared the allocation of an argument list for each sample, and the
 * string, its lower case and the reads of both.
 */
export function francUnits(sample: string): Uint16Array {
  const length = cleanInto(sample, true);
  if (length >= 0) return units.subarray(0, length);
  const text = francText(sample);
  if (units.length < text.length) units = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index++) units[index] = text.charCodeAt(index);
  return units.subarray(0, text.length);
}

// What `sample.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim()` gives, padded, in
// one pass over the units into a buffer kept from one sample to the next: copying the words
// between gaps onto a growing string allocated a piece and a link for every word, a tenth of
// everything a conversion allocated. Lower-cased too when asked: then −1 for a sample with a
// unit whose lower case depends on its neighbours or takes more than one unit.
function cleanInto(sample: string, lowerCase: boolean): number {
  if (units.length < sample.length + 2) units = new Uint16Array(2 * sample.length + 2);
  let length = 0;
  let gap = true; // within a gap, whose space is written when the next word starts
  for (let index = 0; index < sample.length; index++) {
    let unit = sample.charCodeAt(index);
    if (isFrancGap(unit)) {
      gap = true;
      continue;
    }
    if (lowerCase) {
      unit = lowerUnit(unit);
      if (unit === NOT_ALONE) return -1;
    }
    if (gap) units[length++] = 0x20;
    units[length++] = unit;
    gap = false;
  }
  units[length++] = 0x20;
  if (length === 1) units[length++] = 0x20;
  return length;
}

let units = new Uint16Array(1026);

/** True for a unit franc's cleaning turns into a gap: `!` to `@` (most ASCII punctuation, and digits), or white space. */
export function isFrancGap(unit: number): boolean {
  // No white space lies from 0x41 to 0x7f.
  return unit <= 0x40 ? unit >= 0x21 || isWhiteSpace(unit) : unit > 0x7f && isWhiteSpace(unit);
}

/** What `lowerUnit` gives for a unit whose lower case depends on its neighbours (see `lowerOnItsOwn`). */
export const NOT_ALONE = -2;

/** The lower case of a unit on its own, as franc's text has it, or NOT_ALONE, worked out on first sight. */
export const lowerUnit = codeUnitMap(lowerOnItsOwn);

/**
 * The lower case of a unit wherever it stands, or NOT_ALONE: for half of a surrogate pair,
 * for Σ (σ or final ς after its neighbours, the one mapping of `toLowerCase` that depends on
 * them) and for a unit whose lower case takes two (İ).
 */
function lowerOnItsOwn(unit: number): number {
  if (unit === 0x3a3 || (unit >= 0xd800 && unit <= 0xdfff)) return NOT_ALONE;
  const lower = String.fromCharCode(unit).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : NOT_ALONE;
}

/** The key of the trigram at `index`; equal trigrams, and only they, get equal keys. */
export function trigramKey(text: string, index: number): TrigramKey {
  return unitsKey(text.charCodeAt(index), text.charCodeAt(index + 1), text.charCodeAt(index + 2));
}

/** The key of the trigram of these three units (see `trigramKey`). */
export function unitsKey(a: number, b: number, c: number): TrigramKey {
  return (a | b | c) < 256 ? (a << 16) | (b << 8) | c : String.fromCharCode(a, b, c);
}

function buildModel(languages: Record<string, string>, candidates: readonly string[]): ScriptModel {
  const kept = Object.keys(languages).filter((language) => candidates.includes(language));
  const ids = new TrigramTable(4096);
  let size = 0;
  const entries: [id: number, language: number, rank: number][] = [];
  kept.forEach((language, index) => {
    const trigrams = languages[language].split('|');
    // franc keeps a trigram's first rank when its model lists it twice.
    for (let rank = trigrams.length - 1; rank >= 0; rank--) {
      // franc looks up only three-unit trigrams; a model entry of another length never matches.
      if (trigrams[rank].length !== 3) continue;
      const key = trigramKey(trigrams[rank], 0);
      let id = ids.get(key);
      if (id < 0) ids.set(key, (id = size++));
      entries.push([id, index, rank]);
    }
  });
  entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const direct = new Int32Array(DIRECT_SIZE).fill(-1);
  for (const trigram of new Set(kept.flatMap((language) => languages[language].split('|')))) {
    if (trigram.length !== 3) continue;
    const [a, b, c] = [0, 1, 2].map((index) => SYMBOLS[trigram.charCodeAt(index)]);
    if (a && b && c) direct[directSlot(a, b, c)] = ids.get(trigramKey(trigram, 0));
  }
  const starts = new Int32Array(size + 1);
  for (const [id] of entries) starts[id + 1]++;
  for (let id = 0; id < size; id++) starts[id + 1] += starts[id];
  return {
    languages: kept,
    ids,
    size,
    starts,
    entryLanguages: Int32Array.from(entries, ([, language]) => language),
    entryRanks: Int32Array.from(entries, ([, , rank]) => rank),
    direct,
  };
}
