import type { WordStream, WrittenWord } from '../entities/read-words.ts';
import { isFrancGap, isLatinUnit, lowerUnit, NOT_ALONE, type ScriptModel } from './franc-models.ts';
import { countTrigram, startCounting, trigramId } from './trigram-counts.ts';

// What language detection needs of a read word, worked out once for all its occurrences:
// franc's text of it and the trigrams inside, which are the same wherever it stands. Packed
// in one array of numbers, which a word's occurrence reaches by one pointer (with an object
// and arrays of their own for the parts, detecting 5,000 articles took 122 ms, not 109):
// - the number of the models it was worked out for (see `modelNumber`);
// - how many of its units franc's Latin expression matches;
// - GAP_BEFORE and GAP_AFTER when it starts or ends with a gap unit (« 2e », « M. »), or
//   UNREADABLE for a unit whose lower case franc's text does not take on its own;
// - the length of its core, then the core: its units as franc's text has them without the
//   gap units at either end, lower-cased, a space for each run of gap units within
//   (« aujourd'hui » → « aujourd hui »), none when every unit is a gap (« 2024 »);
// - the numbers of the trigrams ending at the core's third unit and after, those some
//   model ranks.
const MODEL = 0;
const LATIN = 1;
const FLAGS = 2;
const CORE_LENGTH = 3;
const CORE = 4;
const GAP_BEFORE = 1;
const GAP_AFTER = 2;
const UNREADABLE = 4;

/**
 * Counts (see trigram-counts.ts) the trigrams of the first `sampleLength` characters of
 * paragraphs joined by line ends, the same as `countUnits` counts for that sample's
 * `francUnits`, from the paragraphs' words as `readWords` read them: the trigrams inside
 * each way of writing a word are worked out once, so that only those across its ends and
 * the characters between words are read for each article (detecting the language of 5,000
 * articles took 109 ms rather than 159, alternated in one process). False, and the count left to
 * the caller to read from the sample itself, when the sample is not mostly Latin script
 * (`model` is the Latin one) or has a character whose lower case franc's text does not take
 * unit by unit.
 */
export function countWordTrigrams(
  paragraphs: readonly string[],
  words: readonly WordStream[],
  sampleLength: number,
  model: ScriptModel,
): boolean {
  startCounting(model);
  if (model !== stream.model) stream.modelNumber++;
  stream.model = model;
  stream.before = -1;
  stream.last = -1;
  stream.gap = true;
  stream.latin = 0;
  stream.failed = false;
  let left = sampleLength;
  for (let index = 0; index < paragraphs.length && left > 0; index++) {
    if (index > 0) {
      stream.unit(0x0a);
      left--;
    }
    const text = paragraphs[index];
    const end = Math.min(text.length, left);
    if (!readParagraph(text, words[index], end)) return false;
    left -= end;
  }
  // The space at the end (franc's text of a sample without a letter is two spaces, which
  // have no trigram either).
  stream.emit(0x20);
  return !stream.failed && stream.latin * 2 > sampleLength;
}

/** Reads a paragraph's words and the characters between them, up to `end`; false when a unit stops the reading. */
function readParagraph(text: string, { spans, words }: WordStream, end: number): boolean {
  let at = 0;
  for (let index = 0; index < words.length; index++) {
    const start = spans[2 * index];
    const wordEnd = spans[2 * index + 1];
    if (start >= end) break;
    for (; at < start; at++) stream.unit(text.charCodeAt(at));
    if (wordEnd > end) break; // the sample ends within this word: read unit by unit below
    stream.word(trigramsOf(words[index]));
    at = wordEnd;
    if (stream.failed) return false;
  }
  for (; at < end; at++) stream.unit(text.charCodeAt(at));
  return !stream.failed;
}

/** The packed trigrams of a read word, worked out on first sight. */
function trigramsOf(word: WrittenWord): number[] {
  const known = word.trigrams;
  if (known !== undefined && known[MODEL] === stream.modelNumber) return known;
  return (word.trigrams = wordTrigrams(word.text, stream.model!, stream.modelNumber));
}

function wordTrigrams(text: string, model: ScriptModel, number: number): number[] {
  let latin = 0;
  const core: number[] = [];
  let gap = false;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (isLatinUnit(unit)) latin++;
    if (isFrancGap(unit)) {
      gap = true;
      continue;
    }
    const lower = lowerUnit(unit);
    if (lower === NOT_ALONE) return [number, 0, UNREADABLE, 0];
    if (gap && core.length > 0) core.push(0x20);
    core.push(lower);
    gap = false;
  }
  const flags = (isFrancGap(text.charCodeAt(0)) ? GAP_BEFORE : 0) | (gap ? GAP_AFTER : 0);
  const packed = [number, latin, flags, core.length, ...core];
  for (let index = 2; index < core.length; index++) {
    const id = trigramId(model, core[index - 2], core[index - 1], core[index]);
    if (id >= 0) packed.push(id);
  }
  return packed;
}

/**
 * franc's text of the sample as it is read, as `cleanInto` makes it (a space for each run of
 * gap units, one at each end), each unit added counting the trigram it ends.
 */
class TrigramStream {
  model: ScriptModel | undefined;
  /** A number for `model`, which a word's packed trigrams hold: another model's are worked out again. */
  modelNumber = 0;
  /** The two last units written, −1 where there are not yet so many. */
  before = -1;
  last = -1;
  /** True within a run of gap units, whose space is written when the next unit comes. */
  gap = true;
  /** How many units franc's Latin expression matches. */
  latin = 0;
  /** True once a unit was met whose lower case franc's text does not take on its own. */
  failed = false;

  /** Reads one unit of the sample. */
  unit(unit: number): void {
    if (isLatinUnit(unit)) this.latin++;
    if (isFrancGap(unit)) {
      this.gap = true;
      return;
    }
    const lower = lowerUnit(unit);
    if (lower === NOT_ALONE) {
      this.failed = true;
      return;
    }
    if (this.gap) this.emit(0x20);
    this.emit(lower);
    this.gap = false;
  }

  /** Reads a whole word, the trigrams inside it as worked out before. */
  word(word: readonly number[]): void {
    const flags = word[FLAGS];
    if (flags === UNREADABLE) {
      this.failed = true;
      return;
    }
    this.latin += word[LATIN];
    if ((flags & GAP_BEFORE) !== 0) this.gap = true;
    const length = word[CORE_LENGTH];
    if (length === 0) return;
    if (this.gap) this.emit(0x20);
    this.emit(word[CORE]);
    if (length > 1) this.emit(word[CORE + 1]);
    for (let index = CORE + length; index < word.length; index++) countTrigram(word[index]);
    if (length > 2) {
      this.before = word[CORE + length - 2];
      this.last = word[CORE + length - 1];
    }
    this.gap = (flags & GAP_AFTER) !== 0;
  }

  /** Writes a unit of franc's text, counting the trigram it ends. */
  emit(unit: number): void {
    if (this.before >= 0) countTrigram(trigramId(this.model!, this.before, this.last, unit));
    this.before = this.last;
    this.last = unit;
  }
}

const stream = new TrigramStream();
