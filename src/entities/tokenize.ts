import { foldKey, isCapitalized } from './normalize.ts';
import { readWords, type WordStream, type WrittenWord } from './read-words.ts';

/** What is known of one way a word is written, worked out once and shared by its occurrences. */
export interface Spelling {
  text: string;
  /** The text folded for comparison (`foldKey`): « Israël » → « israel ». */
  key: string;
  /** True when the text starts with a capital letter. */
  capitalized: boolean;
  /** Which of the extractor's rules may match at this word, once it has asked. */
  rules?: number;
  /** What matching a person asks of this word alone, once it has asked (see match-person.ts). */
  person?: number;
}

const JOINED = 1;
const SENTENCE_START = 2;

/**
 * A paragraph's word tokens, token `i` read through the methods. They are kept in columns,
 * not as an object per token: the extractor reads every word of the archive, and objects
 * for them were a fifth of everything a conversion allocated.
 */
export class Tokens {
  /** How many tokens the paragraph has. */
  length = 0;
  /**
   * Each token's spelling, shared by all the occurrences of a way of writing a word: the
   * first `length` entries (any after them are left from a longer paragraph).
   */
  readonly spellings: Spelling[] = [];
  private starts = new Int32Array(256);
  private flags = new Uint8Array(256);

  text(i: number): string {
    return this.spellings[i].text;
  }

  key(i: number): string {
    return this.spellings[i].key;
  }

  capitalized(i: number): boolean {
    return this.spellings[i].capitalized;
  }

  /** Offset of the token's first character in the paragraph. */
  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.starts[i] + this.spellings[i].text.length;
  }

  /** True when only a space separates the token from the previous one (no punctuation). */
  joined(i: number): boolean {
    return (this.flags[i] & JOINED) !== 0;
  }

  /** True for the first word of a sentence, whose capital letter says nothing. */
  sentenceStart(i: number): boolean {
    return (this.flags[i] & SENTENCE_START) !== 0;
  }

  /** The texts of tokens `from` to `to` (exclusive). */
  texts(from = 0, to = this.length): string[] {
    const texts: string[] = [];
    for (let i = from; i < to; i++) texts.push(this.text(i));
    return texts;
  }

  /**
   * Reads a paragraph's tokens in place of those held. `words` are the paragraph's words
   * when already read.
   */
  read(text: string, words: WordStream = readWords(text)): this {
    const { spans } = words;
    this.length = 0;
    let previousEnd = 0;
    let sentenceStart = true;
    for (let span = 0; span < spans.length; span += 2) {
      const start = spans[span];
      const written = words.words[span / 2];
      const token = written.token ?? readTokens(written);
      let joined = true;
      // One plain space is the usual gap, and ends no sentence; any other is read.
      if (start !== previousEnd + 1 || text.charCodeAt(previousEnd) !== 0x20) {
        if (endsSentence(text, previousEnd, start)) sentenceStart = true;
        joined = isJoin(text, previousEnd, start);
      }
      this.push(token, start, (joined ? JOINED : 0) | (sentenceStart ? SENTENCE_START : 0));
      previousEnd = start + written.tokenLength;
      const { elided } = written;
      if (elided !== undefined) {
        this.push(elided, previousEnd, JOINED);
        previousEnd += elided.text.length;
      }
      sentenceStart = false;
    }
    return this;
  }

  private push(spelling: Spelling, start: number, flags: number): void {
    const i = this.length++;
    if (i === this.starts.length) {
      const starts = new Int32Array(2 * i);
      starts.set(this.starts);
      this.starts = starts;
      const grown = new Uint8Array(2 * i);
      grown.set(this.flags);
      this.flags = grown;
    }
    this.spellings[i] = spelling;
    this.starts[i] = start;
    this.flags[i] = flags;
  }
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
export function tokenize(text: string, words?: WordStream): Tokens {
  return new Tokens().read(text, words);
}

/**
 * Sets the spellings of the tokens a written word gives, itself or an elision's article then
 * the rest, and gives the first.
 */
function readTokens(written: WrittenWord): Spelling {
  const { text } = written;
  const word = text.endsWith('.') && !ABBREVIATIONS.has(text) ? text.slice(0, -1) : text;
  // Only a word with an apostrophe can hold an elision.
  const elision = word.includes("'") || word.includes('’') ? ELISION.exec(word) : null;
  const first = elision ? elision[0].length : word.length;
  const token = spellingOf(word.slice(0, first));
  written.token = token;
  written.tokenLength = first;
  if (elision) written.elided = spellingOf(word.slice(first));
  return token;
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
    spelling = { text, key: foldKey(text), capitalized: isCapitalized(text), rules: undefined, person: undefined };
    spellings.set(text, spelling);
  }
  return spelling;
}
