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
 * « 3,5 » is one, « 2024-06 » is two). Text made only of Latin letters, digits, spaces and
 * common punctuation is counted by the few rules that apply to it (letters and digits
 * join; « : . ' ’ » between letters and « , ; . ' ’ » between digits join too), which a
 * test holds to what `Intl.Segmenter` counts; anything else goes to `Intl.Segmenter`.
 */
export function countWords(text: string): number {
  return countSimpleWords(text) ?? countSegmentedWords(text);
}

/**
 * Number of words of paragraphs: what `countWords` counts in them joined by line ends, as
 * no word spans a line end, without making that text.
 */
export function countParagraphWords(paragraphs: readonly string[]): number {
  let count = 0;
  for (const paragraph of paragraphs) count += countWords(paragraph);
  return count;
}

/** The word count by `Intl.Segmenter` alone. */
export function countSegmentedWords(text: string): number {
  let count = 0;
  for (const segment of WORDS.segment(text)) if (segment.isWordLike) count++;
  return count;
}

function countSimpleWords(text: string): number | undefined {
  let count = 0;
  let index = 0;
  while (index < text.length) {
    let unit = WORD_CLASSES[text.charCodeAt(index++)];
    if (unit === 0) return undefined;
    if (unit !== LETTER && unit !== DIGIT) continue;
    count++;
    // Through the rest of the word, in a loop of its own: letters mostly follow letters.
    let previous = unit; // class of the word's last letter or digit
    while (index < text.length) {
      unit = WORD_CLASSES[text.charCodeAt(index)];
      if (unit === LETTER || unit === DIGIT) previous = unit;
      else if (unit === 0) return undefined;
      // The middle character and the next one stay in the word; the next is checked on its turn.
      else if (!joins(previous, unit, WORD_CLASSES[text.charCodeAt(index + 1)])) break;
      index++;
    }
  }
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
