import { readWords, type WordStream, type WrittenWord } from '../entities/read-words.ts';

const WORDS = new Intl.Segmenter('fr', { granularity: 'word' });

/** Words per minute of an average adult reading French prose on screen. */
export const WORDS_PER_MINUTE = 200;

// Word-break classes (Unicode UAX #29) of the characters French press text is made of;
// any other character sends the text to the platform's segmenter.
const LETTER = 1;
const DIGIT = 2;
const MID_LETTER = 3; // « : », « · » join letters
const MID_NUM = 4; // « , », « ; » join digits
const MID_NUM_LETTER = 5; // « . », « ' », « ’ », « ‘ » join letters and join digits
const OTHER = 6;

/** The UAX #29 class of each code unit the fast path knows (0 for the others). */
export const WORD_CLASSES = buildClasses();

function buildClasses(): Uint8Array {
  const classes = new Uint8Array(0x10000);
  const set = (from: number, to: number, value: number) => classes.fill(value, from, to + 1);
  set(0x20, 0x7e, OTHER);
  for (const unit of [0x09, 0x0a, 0x0d, 0xa0, 0xab, 0xb0, 0xbb, 0x2013, 0x2014, 0x201c, 0x201d, 0x2026, 0x20ac]) set(unit, unit, OTHER);
  set(0x41, 0x5a, LETTER);
  set(0x61, 0x7a, LETTER);
  set(0xc0, 0xd6, LETTER);
  set(0xd8, 0xf6, LETTER);
  set(0xf8, 0x24f, LETTER);
  set(0x1e00, 0x1eff, LETTER);
  set(0x30, 0x39, DIGIT);
  for (const unit of [0x3a, 0xb7]) set(unit, unit, MID_LETTER);
  for (const unit of [0x2c, 0x3b]) set(unit, unit, MID_NUM);
  for (const unit of [0x27, 0x2e, 0x2018, 0x2019]) set(unit, unit, MID_NUM_LETTER);
  // « _ » joins words (ExtendNumLet): left to the segmenter.
  set(0x5f, 0x5f, 0);
  return classes;
}

/**
 * Number of words in a text, by the platform's Unicode word rules (« l'armée » is one,
 * « 3,5 » is one, « 2024-06 » is two), from its words as `readWords` reads them (read here
 * unless given). Text made only of Latin letters, digits, spaces and common punctuation is
 * counted by the few rules that apply to it (letters and digits join; « : . ' ’ » between
 * letters and « , ; . ' ’ » between digits join too), which a test holds to what
 * `Intl.Segmenter` counts; anything else goes to `Intl.Segmenter`.
 */
export function countWords(text: string, words: WordStream = readWords(text)): number {
  return countReadWords(text, words) ?? countSegmentedWords(text);
}

/**
 * Number of words of paragraphs: what `countWords` counts in them joined by line ends, as
 * no word spans a line end, without making that text.
 */
export function countParagraphWords(paragraphs: readonly string[], words: readonly WordStream[] = paragraphs.map(readWords)): number {
  let count = 0;
  for (let index = 0; index < paragraphs.length; index++) count += countWords(paragraphs[index], words[index]);
  return count;
}

/**
 * The words of a text by the rules above, from its words as read rather than from a pass
 * of its own over every character (which took 100 ms of analysing the benchmark's 5,000
 * seeds, against about 40 this way): each read word counts its own (« États-Unis » is two:
 * a hyphen parts words), less one for each pair of read words that only a middle character
 * separates (« 3,5 », « U.S. »). Undefined when a character is one these rules do not know.
 */
function countReadWords(text: string, { spans, words }: WordStream): number | undefined {
  let count = 0;
  let end = 0; // where the previous read word ends
  let previous = 0; // its counting, 0 before the first
  for (let index = 0; index < words.length; index++) {
    const start = spans[2 * index];
    if (!knownBetween(text, end, start)) return undefined;
    const counting = countingOf(words[index]);
    if (counting === UNKNOWN) return undefined;
    count += counting >> 5;
    if (previous !== 0 && joinAcross(text, previous, end, start, counting)) count--;
    previous = counting;
    end = spans[2 * index + 1];
  }
  return knownBetween(text, end, text.length) ? count : undefined;
}

/** True when every unit from `from` to `to` is a character these rules know. */
function knownBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (WORD_CLASSES[text.charCodeAt(index)] === 0) return false;
  return true;
}

/** True when two read words, one ending at `end` and the next starting at `start`, are one word to these rules. */
function joinAcross(text: string, previous: number, end: number, start: number, next: number): boolean {
  const before = (previous >> 1) & 3;
  const after = (next >> 3) & 3;
  // Side by side only after an abbreviation's full stop, which the first took in.
  if (start === end) return joins(before, MID_NUM_LETTER, after);
  return start === end + 1 && (previous & 1) === 0 && joins(before, WORD_CLASSES[text.charCodeAt(end)], after);
}

// A read word's counting, packed in one number, `words << 5 | first << 3 | last << 1 | stop`:
// how many words these rules find in it, the classes of its first and last letter or digit,
// and 1 when it ends in a full stop; UNKNOWN when it has a character these rules do not know.
const UNKNOWN = -1;

/** The counting of a read word, worked out once for all its occurrences. */
function countingOf(word: WrittenWord): number {
  return (word.counting ??= countingOfText(word.text));
}

function countingOfText(text: string): number {
  const stop = text.charCodeAt(text.length - 1) === 0x2e ? 1 : 0;
  const first = WORD_CLASSES[text.charCodeAt(0)];
  if (first !== LETTER && first !== DIGIT) return UNKNOWN;
  let words = 1;
  let previous = first;
  for (let index = 1; index < text.length - stop; index++) {
    const unit = text.charCodeAt(index);
    const wordClass = WORD_CLASSES[unit];
    if (wordClass === LETTER || wordClass === DIGIT) {
      previous = wordClass;
      continue;
    }
    // A hyphen or apostrophe, which `readWords` joins words with: a hyphen parts them, an
    // apostrophe only between a letter and a digit (« 1'a »).
    if (unit === 0x2d || ((unit === 0x27 || unit === 0x2019) && WORD_CLASSES[text.charCodeAt(index + 1)] !== previous)) words++;
    else if (unit !== 0x27 && unit !== 0x2019) return UNKNOWN;
  }
  return (words << 5) | (first << 3) | (previous << 1) | stop;
}

/** The word count by `Intl.Segmenter` alone. */
export function countSegmentedWords(text: string): number {
  let count = 0;
  for (const segment of WORDS.segment(text)) if (segment.isWordLike) count++;
  return count;
}

/** True when `middle` between a `before` letter or digit and the `after` unit keeps one word. */
function joins(before: number, middle: number, after: number): boolean {
  if (after !== before) return false;
  if (before === LETTER) return middle === MID_LETTER || middle === MID_NUM_LETTER;
  return middle === MID_NUM || middle === MID_NUM_LETTER;
}

/** Whole minutes to read a number of words, at least 1. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}
