import { foldKey, isCapitalized } from './normalize.ts';
import { wordSpans } from './word-spans.ts';

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
 * elisions and marking sentence starts.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const spans = wordSpans(text, true);
  let previousEnd = 0;
  let sentenceStart = true;
  for (let span = 0; span < spans.length; span += 2) {
    let start = spans[span];
    let word = text.slice(start, spans[span + 1]);
    if (word.endsWith('.') && !ABBREVIATIONS.has(word)) word = word.slice(0, -1);
    if (endsSentence(text, previousEnd, start)) sentenceStart = true;
    const joined = isJoin(text, previousEnd, start);
    // Only a word with an apostrophe can hold an elision.
    const elision = word.includes("'") || word.includes('’') ? ELISION.exec(word) : null;
    if (elision) {
      const article = word.slice(0, elision[0].length);
      tokens.push(token(article, start, joined, sentenceStart));
      start += article.length;
      word = word.slice(article.length);
      sentenceStart = false;
      tokens.push(token(word, start, true, false));
    } else {
      tokens.push(token(word, start, joined, sentenceStart));
      sentenceStart = false;
    }
    previousEnd = start + word.length;
  }
  return tokens;
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

function token(text: string, start: number, joined: boolean, sentenceStart: boolean): Token {
  let spelling = spellings.get(text);
  if (spelling === undefined) {
    // Words repeat across an archive; a bound keeps a huge one from holding every spelling.
    if (spellings.size > 200_000) spellings.clear();
    spelling = { key: foldKey(text), capitalized: isCapitalized(text) };
    spellings.set(text, spelling);
  }
  const { key, capitalized } = spelling;
  return { text, key, capitalized, start, end: start + text.length, joined, sentenceStart, spelling };
}
