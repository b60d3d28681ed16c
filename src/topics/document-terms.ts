import { readWords, type WordStream } from '../entities/read-words.ts';
import { forgetWordsIfMany, spellingOfWord, type Word } from './topic-words.ts';

/**
 * What ranking needs of one document, and nothing that depends on the other documents:
 * plain data, so that an unchanged document's terms can be kept from one run to the next.
 */
export interface DocumentTerms {
  /** Every stem of the document's content words, once: what its document frequency counts. */
  stems: string[];
  /** The phrases that may become topics: display form, count, then indexes of its stems in `stems`. */
  phrases: TermPhrase[];
}

/** A candidate topic: `["défense antimissile", 2, 0, 1]`. */
export type TermPhrase = [form: string, count: number, ...stems: number[]];

const MAX_PHRASE_WORDS = 3;
const NOT_SPACE = /[^\s]/u;
const SENTENCE_END = /[.!?…]/u;

interface Candidate {
  stems: number[];
  count: number;
  /** Word numbers of each way it is written and how often, in order of first use. */
  forms: { words: number[]; count: number }[];
  /** The candidates one stem longer, by their last stem's number. */
  longer?: Map<number, Candidate>;
}

/**
 * A document's candidates as a tree of stem numbers (phrases of one stem by number, longer
 * ones under the phrase one shorter), which keys them with small integers only; `list` keeps
 * them in order of first sight.
 */
interface Candidates {
  byStem: Candidate[];
  list: Candidate[];
}

let documents = 0;

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
  const candidates: Candidates = { byStem: [], list: [] };
  const run: number[] = []; // stem number, word number, stem number, …
  const flush = () => {
    addRun(run, candidates);
    run.length = 0;
  };
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    let previousEnd = 0;
    let sentenceStart = true;
    const { spans, words: written } = words[index];
    for (let span = 0; span < spans.length; span += 2) {
      const start = spans[span];
      // A lone space is the usual gap; anything else is read for punctuation.
      if (start > previousEnd && !(start === previousEnd + 1 && paragraph.charCodeAt(previousEnd) === 32)) {
        const gap = paragraph.slice(previousEnd, start);
        if (NOT_SPACE.test(gap)) flush();
        if (SENTENCE_END.test(gap)) sentenceStart = true;
      }
      // Topics read words without an abbreviation's full stop, which then counts as punctuation.
      previousEnd = paragraph.charCodeAt(spans[span + 1] - 1) === 0x2e ? spans[span + 1] - 1 : spans[span + 1];
      const { capital, word } = spellingOfWord(written[span / 2]);
      const properNoun = capital && !sentenceStart;
      sentenceStart = false;
      if (properNoun || !word) {
        flush();
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
      run.push(word.stem.number, word.number);
    }
    flush();
  }
  const phrases: TermPhrase[] = [];
  for (const candidate of candidates.list) {
    const form = displayForm(candidate);
    if (!isTopic(form, wordList, candidate.count)) continue;
    let text = wordList[form[0]].text;
    for (let index = 1; index < form.length; index++) text += ` ${wordList[form[index]].text}`;
    const phrase: TermPhrase = [text, candidate.count];
    for (const stem of candidate.stems) phrase.push(stem);
    phrases.push(phrase);
  }
  return { stems: stemList, phrases };
}

function addRun(run: readonly number[], candidates: Candidates): void {
  const length = run.length / 2;
  for (let start = 0; start < length; start++) {
    let shorter: Candidate | undefined;
    for (let size = 1; size <= MAX_PHRASE_WORDS && start + size <= length; size++) {
      const stem = run[2 * (start + size - 1)];
      let candidate = shorter ? shorter.longer?.get(stem) : candidates.byStem[stem];
      if (!candidate) {
        const phraseStems: number[] = [];
        for (let offset = 0; offset < size; offset++) phraseStems.push(run[2 * (start + offset)]);
        candidate = { stems: phraseStems, count: 0, forms: [] };
        if (shorter) (shorter.longer ??= new Map()).set(stem, candidate);
        else candidates.byStem[stem] = candidate;
        candidates.list.push(candidate);
      }
      candidate.count++;
      addForm(candidate, run, start, size);
      shorter = candidate;
    }
  }
}

function addForm(candidate: Candidate, run: readonly number[], start: number, size: number): void {
  search: for (const form of candidate.forms) {
    for (let offset = 0; offset < size; offset++) if (form.words[offset] !== run[2 * (start + offset) + 1]) continue search;
    form.count++;
    return;
  }
  const words: number[] = [];
  for (let offset = 0; offset < size; offset++) words.push(run[2 * (start + offset) + 1]);
  candidate.forms.push({ words, count: 1 });
}

/** The way a phrase is most often written; the first written on a tie. */
function displayForm(candidate: Candidate): number[] {
  let best = candidate.forms[0];
  for (const form of candidate.forms) if (form.count > best.count) best = form;
  return best.words;
}

/** Whether a candidate may be a topic, by how it is written and how often. */
function isTopic(form: readonly number[], words: readonly Word[], count: number): boolean {
  if (form.some((word) => words[word].verb)) return false;
  const first = words[form[0]];
  if (form.length === 1) return count > 1 && !first.adjective && !first.role;
  // A participle opening or closing a phrase is most often a verb (« objectif jugé »,
  // « livré sauve »); such phrases and three-word ones count only when repeated.
  if (first.participle || words[form[form.length - 1]].participle) return count > 1;
  return form.length === 2 || count > 1;
}
