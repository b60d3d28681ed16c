import { readWords, type WordStream } from '../entities/read-words.ts';
import { isWhiteSpace } from '../lib/white-space.ts';
import { forgetWordsIfMany, startsWithCapital, topicWord, type Word } from './topic-words.ts';
import { Chains } from './chains.ts';

/**
 * What ranking needs of one document, and nothing that depends on the other documents:
 * plain data, so that an unchanged document's terms can be kept from one run to the next.
 */
export interface DocumentTerms {
  /** Every stem of the document's content words, once: what its document frequency counts. */
  stems: string[];
  /** The phrases that may become topics, each as shown: `["défense antimissile", …]`. */
  forms: string[];
  /** How often each phrase of `forms` occurs. */
  counts: number[];
  /**
   * The stems of each phrase of `forms` as indexes in `stems`, MAX_PHRASE_WORDS places a
   * phrase, −1 in those a shorter one leaves: `[0, 1, -1, …]`. A document's phrases are kept
   * in these three arrays rather than in an array each, for the cache that stores them:
   * serialising the analyses of 5,000 articles for the next run took 145 ms with an array a
   * phrase, 95 ms so.
   */
  phraseStems: number[];
}

/** The most words, and so stems, a phrase has. */
export const MAX_PHRASE_WORDS = 3;

// A document's candidate phrases, as sequences of stem numbers, and the ways each is
// written, as sequences of word numbers (a form's words give its stems: each form is of one
// candidate); then, for each form, its candidate and, for each candidate, its form most
// often written, the first written on a tie.
const candidates = new Chains();
const forms = new Chains();
const formCandidate: number[] = [];
const candidateForm: number[] = [];
// The run of content words being read: stem number, word number, stem number, …
const run: number[] = [];
// The words or stems of one phrase, first to last, in its first entries (see `Chains.read`).
const phraseWords: number[] = new Array<number>(MAX_PHRASE_WORDS).fill(0);

let documents = 0;
let runLength = 0;

/**
 * The terms of one document: candidate phrases are runs of one to three content words
 * (no stop word, no proper noun, no number), compared through their French Snowball stems
 * and shown as most often written (« défense antimissile », never the stems).
 * Input: the document's paragraphs, and their words when already read.
 */
export function documentTerms(paragraphs: readonly string[], words: readonly WordStream[] = paragraphs.map(readWords)): DocumentTerms {
  forgetWordsIfMany();
  const document = ++documents;
  const stemList: string[] = [];
  const wordList: Word[] = [];
  candidates.clear();
  forms.clear();
  runLength = 0;
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    let previousEnd = 0;
    let sentenceStart = true;
    const { spans, words: written } = words[index];
    for (let span = 0; span < spans.length; span += 2) {
      const start = spans[span];
      // A lone space is the usual gap; anything else is read for punctuation.
      if (start > previousEnd && !(start === previousEnd + 1 && paragraph.charCodeAt(previousEnd) === 32)) {
        const gap = gapBetween(paragraph, previousEnd, start);
        if (gap !== SPACE) addRun();
        if (gap === SENTENCE_END) sentenceStart = true;
      }
      // Topics read words without an abbreviation's full stop, which then counts as punctuation.
      previousEnd = paragraph.charCodeAt(spans[span + 1] - 1) === 0x2e ? spans[span + 1] - 1 : spans[span + 1];
      const readWord = written[span / 2];
      const properNoun = startsWithCapital(readWord) && !sentenceStart;
      sentenceStart = false;
      const word = properNoun ? undefined : topicWord(readWord);
      if (!word) {
        addRun();
        continue;
      }
      if (word.stem.document !== document) {
        word.stem.document = document;
        word.stem.number = stemList.push(word.stem.text) - 1;
      }
      if (word.document !== document) {
        word.document = document;
        word.number = wordList.push(word) - 1;
      }
      run[2 * runLength] = word.stem.number;
      run[2 * runLength + 1] = word.number;
      runLength++;
    }
    addRun();
  }
  const phrases = topicPhrases(wordList);
  // Copied at their final size, out of arrays kept from one document to the next: an array
  // grown by `push` keeps spare room, and the terms are kept as long as the analysis.
  return {
    stems: stemList,
    forms: shown.slice(0, phrases),
    counts: shownCounts.slice(0, phrases),
    phraseStems: shownStems.slice(0, MAX_PHRASE_WORDS * phrases),
  };
}

// What separates two words: white space only, punctuation, or punctuation ending a sentence.
const SPACE = 0;
const PUNCTUATION = 1;
const SENTENCE_END = 2;

function gapBetween(text: string, from: number, to: number): number {
  let gap = SPACE;
  for (let index = from; index < to; index++) {
    const unit = text.charCodeAt(index);
    if (unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x2026) return SENTENCE_END;
    if (!isWhiteSpace(unit)) gap = PUNCTUATION;
  }
  return gap;
}

/** Counts every phrase of one to three words of the run as a candidate, and the way it is written, then empties the run. */
function addRun(): void {
  for (let start = 0; start < runLength; start++) {
    let candidate = -1;
    let form = -1;
    for (let size = 1; size <= MAX_PHRASE_WORDS && start + size <= runLength; size++) {
      const stem = run[2 * (start + size - 1)];
      const word = run[2 * (start + size - 1) + 1];
      candidate = candidates.meet(candidate, stem);
      form = forms.meet(form, word);
      formCandidate[form] = candidate;
    }
  }
  runLength = 0;
}

/**
 * The candidates that may be topics, in order of first sight, each as most often written:
 * how many, their forms, counts and stems written into `shown`, `shownCounts` and `shownStems`.
 */
function topicPhrases(wordList: readonly Word[]): number {
  for (let candidate = 0; candidate < candidates.size; candidate++) candidateForm[candidate] = -1;
  for (let form = 0; form < forms.size; form++) {
    const candidate = formCandidate[form];
    const best = candidateForm[candidate];
    if (best < 0 || forms.count(form) > forms.count(best)) candidateForm[candidate] = form;
  }
  let phrases = 0;
  for (let candidate = 0; candidate < candidates.size; candidate++) {
    const count = candidates.count(candidate);
    const size = forms.read(candidateForm[candidate], phraseWords);
    if (!isTopic(phraseWords, size, wordList, count)) continue;
    let text = wordList[phraseWords[0]].text;
    for (let index = 1; index < size; index++) text += ` ${wordList[phraseWords[index]].text}`;
    candidates.read(candidate, phraseWords);
    shown[phrases] = text;
    shownCounts[phrases] = count;
    for (let index = 0; index < MAX_PHRASE_WORDS; index++) shownStems[MAX_PHRASE_WORDS * phrases + index] = index < size ? phraseWords[index] : -1;
    phrases++;
  }
  return phrases;
}

// The phrases of the document being read: see `topicPhrases`.
const shown: string[] = [];
const shownCounts: number[] = [];
const shownStems: number[] = [];

/** Whether a candidate may be a topic, by how its `size` words are written and how often. */
function isTopic(form: readonly number[], size: number, words: readonly Word[], count: number): boolean {
  for (let index = 0; index < size; index++) if (words[form[index]].verb) return false;
  const first = words[form[0]];
  if (size === 1) return count > 1 && !first.adjective && !first.role;
  // A participle opening or closing a phrase is most often a verb (« objectif jugé »,
  // « livré sauve »); such phrases and three-word ones count only when repeated.
  if (first.participle || words[form[size - 1]].participle) return count > 1;
  return size === 2 || count > 1;
}
