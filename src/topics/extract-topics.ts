import { createRequire } from 'node:module';
import stopwordsIso from 'stopwords-iso' with { type: 'json' };
import fillerData from './filler-words.json' with { type: 'json' };
import roleData from '../entities/data/roles.json' with { type: 'json' };
import { loadGazetteer } from '../entities/gazetteer.ts';
import { foldKey } from '../entities/normalize.ts';

/** Fewest and most topics an article gets (fewer only when its text is too short). */
export const MIN_TOPICS = 3;
export const MAX_TOPICS = 8;
const MAX_PHRASE_WORDS = 3;

const require = createRequire(import.meta.url);
const stemmer = (require('snowball-stemmers') as { newStemmer(language: string): { stem(word: string): string } }).newStemmer(
  'french',
);
const STOPWORDS = new Set([...(stopwordsIso as Record<string, string[]>).fr, ...fillerData.words].map((word) => word.toLocaleLowerCase('fr')));
// Without a part-of-speech tagger, word endings tell verbs and adjectives well enough:
// a phrase may not hold a conjugated verb or a present participle (« impliquant »,
// « interviendront »), and a lone adjective (« militaires », « nucléaire ») is no topic.
const VERB_FORM = /(?:ant|ront|raient|rait|aient|ait|èrent)$/u;
const ADJECTIVE_FORM = /(?:aires?|iques?|elles?|els?|al|ales?|aux|ifs?|ives?|euses?|eux|ienne?s?|ées?|és?)$/u;
const PARTICIPLE = /(?:é|ée|és|ées)$/u;
const ROLES = new Set(roleData.roles.map(foldKey));
// Words with their inner apostrophes and hyphens; punctuation ends a phrase.
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

const stems = new Map<string, string>();

/** The Snowball stem of a word, computed once per spelling. */
function stem(word: string): string {
  let result = stems.get(word);
  if (result === undefined) {
    if (stems.size > 200_000) stems.clear();
    result = stemmer.stem(word);
    stems.set(word, result);
  }
  return result;
}

interface Candidate {
  key: string;
  stems: string[];
  count: number;
  forms: Map<string, number>;
}

/**
 * Key phrases of each document, ranked by how specific they are to it in the whole corpus:
 * candidate phrases are runs of one to three content words (no stop word, no proper noun,
 * no number), compared through their French Snowball stems, scored by TF-IDF, and shown as
 * most often written (« défense antimissile », never the stems).
 * Input: each document's paragraphs; output: each document's topics, in the same order.
 */
export function extractTopics(documents: readonly (readonly string[])[]): string[][] {
  const candidates = documents.map(candidatesOf);
  const documentFrequency = new Map<string, number>();
  for (const phrases of candidates) {
    const stems = new Set([...phrases.values()].flatMap((candidate) => candidate.stems));
    for (const stem of stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  const idf = (stem: string) => Math.log((1 + documents.length) / (1 + (documentFrequency.get(stem) ?? 0))) + 1;
  return candidates.map((phrases) => selectTopics(phrases, idf));
}

function candidatesOf(paragraphs: readonly string[]): Map<string, Candidate> {
  const phrases = new Map<string, Candidate>();
  for (const paragraph of paragraphs) {
    for (const run of contentRuns(paragraph)) {
      for (let start = 0; start < run.length; start++) {
        for (let length = 1; length <= MAX_PHRASE_WORDS && start + length <= run.length; length++) {
          const words = run.slice(start, start + length);
          const stems = words.map(stem);
          const key = stems.join(' ');
          const candidate = phrases.get(key) ?? { key, stems, count: 0, forms: new Map() };
          candidate.count++;
          const form = words.join(' ');
          candidate.forms.set(form, (candidate.forms.get(form) ?? 0) + 1);
          phrases.set(key, candidate);
        }
      }
    }
  }
  return phrases;
}

/** Runs of consecutive content words, lower-cased, split at punctuation and stop words. */
function contentRuns(paragraph: string): string[][] {
  const runs: string[][] = [[]];
  let previousEnd = 0;
  let sentenceStart = true;
  for (const match of paragraph.matchAll(WORD)) {
    const gap = paragraph.slice(previousEnd, match.index);
    if (/[^\s]/u.test(gap)) runs.push([]);
    if (/[.!?…]/u.test(gap)) sentenceStart = true;
    previousEnd = match.index + match[0].length;
    const word = match[0].replace(/’/g, "'");
    const lower = word.toLocaleLowerCase('fr');
    const properNoun = /^\p{Lu}/u.test(word) && !sentenceStart;
    sentenceStart = false;
    const elided = /^(?:l|d|qu|n|s|c|j|m|t|jusqu|lorsqu|puisqu)'/.test(lower);
    if (properNoun || elided || isPlaceWord(lower) || STOPWORDS.has(lower) || lower.length < 3 || /\d/.test(lower) || /ment$/.test(lower)) {
      runs.push([]);
      continue;
    }
    runs[runs.length - 1].push(lower);
  }
  return runs.filter((run) => run.length > 0);
}

/** Demonyms and place names are the places' business, not topics (« arabes », « saoudite »). */
function isPlaceWord(word: string): boolean {
  placeWords ??= buildPlaceWords();
  const key = foldKey(word);
  return placeWords.has(key) || key.split('-').some((part) => placeWords!.has(part));
}

let placeWords: Set<string> | undefined;

function buildPlaceWords(): Set<string> {
  const { demonyms, names, adjectivePrefixes } = loadGazetteer();
  const words = new Set([...demonyms.keys(), ...adjectivePrefixes.keys(), 'arabe', 'arabes']);
  for (const [key, entry] of names) if (entry.kind === 'place') for (const word of key.split(' ')) words.add(word);
  return words;
}

function selectTopics(phrases: Map<string, Candidate>, idf: (stem: string) => number): string[] {
  const scored = [...phrases.values()]
    .map((candidate) => ({
      candidate,
      // Longer phrases are rarer by nature: their words' weights add up, and repetition counts.
      score: candidate.count * candidate.stems.reduce((sum, stem) => sum + idf(stem), 0),
    }))
    .filter(({ candidate }) => isTopic(candidate))
    .sort((a, b) => b.score - a.score || (a.candidate.key < b.candidate.key ? -1 : 1));
  const chosen: Candidate[] = [];
  const covered = new Set<string>();
  for (const { candidate, score } of scored) {
    if (chosen.length >= MAX_TOPICS) break;
    if (chosen.length >= MIN_TOPICS && score < scored[0].score * 0.4) break;
    if (candidate.stems.every((stem) => covered.has(stem))) continue;
    chosen.push(candidate);
    for (const stem of candidate.stems) covered.add(stem);
  }
  return chosen.map(displayForm);
}

function isTopic(candidate: Candidate): boolean {
  const words = displayForm(candidate).split(' ');
  if (words.some((word) => VERB_FORM.test(word))) return false;
  if (words.length === 1) return candidate.count > 1 && !ADJECTIVE_FORM.test(words[0]) && !ROLES.has(foldKey(words[0]));
  // A participle opening or closing a phrase is most often a verb (« objectif jugé »,
  // « livré sauve »); such phrases and three-word ones count only when repeated.
  if (PARTICIPLE.test(words[0]) || PARTICIPLE.test(words[words.length - 1])) return candidate.count > 1;
  return words.length === 2 || candidate.count > 1;
}

function displayForm(candidate: Candidate): string {
  let best = '';
  let bestCount = 0;
  for (const [form, count] of candidate.forms) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
