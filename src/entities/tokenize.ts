import { foldKey, isCapitalized } from './normalize.ts';
import { readWords, type WordStream } from './read-words.ts';

/** A word of the text, with where it stands. */
export interface Token {
  text: string;
  /** The text folded for comparison (`foldKey`): « Israël » → « israel ». */
  key: string;
  /** True when the text starts with a capital letter. */
  capitalized: boolean;
  /** Offset of its first character in the text. */
  start: number;
  end: number;
  /** True when only a space separates it from the previous token (no punctuation). */
  joined: boolean;
  /** True for the first word of a sentence, whose capital letter says nothing. */
  sentenceStart: boolean;
  /** What every occurrence of this spelling shares. */
  spelling: Spelling;
}

/** What is known of one way a word is written, worked out once and shared by its occurrences. */
export interface Spelling {
  text: string;
  key: string;
  capitalized: boolean;
  /** Which of the extractor's rules may match at this word, once it has asked. */
  rules?: number;
}

const spellings = new Map<string, Spelling>();

// « d'Israël » → « d' » + « Israël »; « aujourd'hui » stays whole.
const ELISION = /^(l|d|qu|jusqu|lorsqu|puisqu|n|s|c|j|m|t)['’](?=\p{L})/iu;
// A full stop ends a word only when it is an abbreviation's (« M. », « Mme. »); otherwise
// it ends the sentence and is not part of the word.
const ABBREVIATIONS = new Set(['M.', 'MM.', 'Mme.', 'Dr.', 'Pr.', 'Me.', 'Mgr.', 'St.', 'Ste.', 'Gén.', 'Col.']);

/**
 * Splits a paragraph into word tokens (letters and digits with inner hyphens, apostrophes
 * and an abbreviation's full stop: « États-Unis », « aujourd'hui », « M. »), splitting
 * elisions and marking sentence starts. `words` are the paragraph's words when already read.
 */
export function tokenize(text: string, words: WordStream = readWords(text)): Token[] {
  const tokens: Token[] = [];
  const { spans } = words;
  let previousEnd = 0;
  let sentenceStart = true;
  for (let span = 0; span < spans.length; span += 2) {
    const start = spans[span];
    const written = words.words[span / 2];
    const parts = (written.tokens ??= tokenSpellings(written.text));
    if (endsSentence(text, previousEnd, start)) sentenceStart = true;
    const joined = isJoin(text, previousEnd, start);
    if (parts.length === 2) {
      const [article, rest] = parts;
      tokens.push(token(article, start, joined, sentenceStart));
      tokens.push(token(rest, start + article.text.length, true, false));
      previousEnd = start + article.text.length + rest.text.length;
    } else {
      tokens.push(token(parts[0], start, joined, sentenceStart));
      previousEnd = start + parts[0].text.length;
    }
    sentenceStart = false;
  }
  return tokens;
}

/** The spellings of the tokens a written word gives: itself, or an elision's article and the rest. */
function tokenSpellings(written: string): Spelling[] {
  const word = written.endsWith('.') && !ABBREVIATIONS.has(written) ? written.slice(0, -1) : written;
  // Only a word with an apostrophe can hold an elision.
  const elision = word.includes("'") || word.includes('’') ? ELISION.exec(word) : null;
  if (!elision) return [spellingOf(word)];
  return [spellingOf(word.slice(0, elision[0].length)), spellingOf(word.slice(elision[0].length))];
}

/** True when the gap between two words holds `.`, `!`, `?` or `…`. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const unit = text.charCodeAt(index);
    if (unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x2026) return true;
  }
  return false;
}

/** True when nothing, or one space (plain, no-break or narrow no-break), separates two words. */
function isJoin(text: string, from: number, to: number): boolean {
  if (to === from) return true;
  const unit = text.charCodeAt(from);
  return to === from + 1 && (unit === 0x20 || unit === 0xa0 || unit === 0x202f);
}

function spellingOf(text: string): Spelling {
  let spelling = spellings.get(text);
  if (spelling === undefined) {
    // Words repeat across an archive; a bound keeps a huge one from holding every spelling.
    if (spellings.size > 200_000) spellings.clear();
    spelling = { text, key: foldKey(text), capitalized: isCapitalized(text), rules: undefined };
    spellings.set(text, spelling);
  }
  return spelling;
}

function token(spelling: Spelling, start: number, joined: boolean, sentenceStart: boolean): Token {
  const { text, key, capitalized } = spelling;
  return { text, key, capitalized, start, end: start + text.length, joined, sentenceStart, spelling };
}
