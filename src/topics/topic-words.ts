// The French Snowball stemmer as Snowball's own JavaScript generator writes it (Orama's
// build): the same stems as the Java port in snowball-stemmers on 81,094 words compared, five
// times as fast, which counts on a real archive, where each new word is stemmed once.
import { stemmer as frenchStem } from '@orama/stemmers/french';
import stopwordsIso from 'stopwords-iso' with { type: 'json' };
import fillerData from './filler-words.json' with { type: 'json' };
import roleData from '../entities/data/roles.json' with { type: 'json' };
import { loadGazetteer } from '../entities/gazetteer.ts';
import { foldKey, isCapitalized } from '../entities/normalize.ts';
import type { WrittenWord } from '../entities/read-words.ts';

/** A lower-case word, with what a topic asks of its words, shared by its spellings. */
export interface Word extends Numbered {
  /** A conjugated verb or a present participle (« impliquant », « interviendront »). */
  verb: boolean;
  /** An adjective (« militaires », « nucléaire »), no topic on its own. */
  adjective: boolean;
  /** A past participle (« jugé »), most often a verb at either end of a phrase. */
  participle: boolean;
  /** A role word (« général »), no topic on its own. */
  role: boolean;
  stem: Numbered;
}

/** A word or a stem, which a document numbers as it reads it (`document` says which one did). */
export interface Numbered {
  text: string;
  document: number;
  number: number;
}

const STOPWORDS = new Set([...(stopwordsIso as Record<string, string[]>).fr, ...fillerData.words].map((word) => word.toLowerCase()));
// Without a part-of-speech tagger, word endings tell verbs and adjectives well enough.
const VERB_FORM = /(?:ant|ront|raient|rait|aient|ait|èrent)$/u;
const ADJECTIVE_FORM = /(?:aires?|iques?|elles?|els?|al|ales?|aux|ifs?|ives?|euses?|eux|ienne?s?|ées?|és?)$/u;
const PARTICIPLE = /(?:é|ée|és|ées)$/u;
const ROLES = new Set(roleData.roles.map(foldKey));
const ELIDED = /^(?:l|d|qu|n|s|c|j|m|t|jusqu|lorsqu|puisqu)'/;
// Words repeat across an archive; a bound keeps a huge one from holding every word.
const MAX_CACHED = 200_000;

const words = new Map<string, Word>();
const stems = new Map<string, Numbered>();
// Counts the times the words above were forgotten: a read word's `capital` and `topicWord` are of this one.
let generation = 0;

/**
 * True when a read word starts with a capital: a proper noun, which no topic holds, unless
 * it opens a sentence. Worked out once per word and generation, as what `topicWord` gives.
 */
export function startsWithCapital(written: WrittenWord): boolean {
  if (written.topicGeneration !== generation) {
    written.capital = isCapitalized(written.text);
    written.topicWord = null;
    written.topicGeneration = generation;
  }
  return written.capital;
}

/**
 * The word a read word is to topics, without an abbreviation's full stop, worked out on
 * first request: « Défense » → the word « défense » of stem « défens »; undefined for a
 * word no topic holds. A capitalised word within a sentence is a proper noun, which topics
 * never ask about: most of the benchmark archive's capitalised spellings are names met only
 * so, and stemming them and looking them up was wasted (see `documentTerms`). Kept on the
 * read word itself, not in an object of its own, so that reading a word's topic reaches no
 * other object than the word and its topic word.
 */
export function topicWord(written: WrittenWord): Word | undefined {
  startsWithCapital(written);
  if (written.topicWord === null) {
    const { text } = written;
    written.topicWord = wordOfText(text.endsWith('.') ? text.slice(0, -1) : text);
  }
  return written.topicWord;
}

function wordOfText(text: string): Word | undefined {
  // `toLowerCase` is `toLocaleLowerCase('fr')`: only Turkish, Azeri and Lithuanian lower differently.
  const lower = text.replaceAll('’', "'").toLowerCase();
  // The place words last: they fold the word, which the other tests need not.
  const excluded =
    lower.length < 3 || STOPWORDS.has(lower) || ELIDED.test(lower) || /\d/.test(lower) || /ment$/.test(lower) || isPlaceWord(lower);
  return excluded ? undefined : wordOf(lower);
}

/**
 * Forgets the words met so far once they are many. Only between documents: a document's
 * words keep their numbers while it is read, and two spellings of one word must always
 * lead to the same word.
 */
export function forgetWordsIfMany(): void {
  if (words.size > MAX_CACHED) forgetWords();
}

/** Forgets the words met so far, whatever their number: what read words keep of them is then worked out anew. */
export function forgetWords(): void {
  words.clear();
  stems.clear();
  generation++;
}

function wordOf(text: string): Word {
  let word = words.get(text);
  if (word === undefined) {
    const stemText = frenchStem(text);
    let stem = stems.get(stemText);
    if (stem === undefined) stems.set(stemText, (stem = { text: stemText, document: 0, number: 0 }));
    const role = ROLES.has(foldKey(text));
    word = { text, document: 0, number: 0, verb: VERB_FORM.test(text), adjective: ADJECTIVE_FORM.test(text), participle: PARTICIPLE.test(text), role, stem };
    words.set(text, word);
  }
  return word;
}

/** Demonyms and place names are the places' business, not topics (« arabes », « saoudite »). */
function isPlaceWord(word: string): boolean {
  placeWords ??= buildPlaceWords();
  const key = foldKey(word);
  return placeWords.has(key) || (key.includes('-') && key.split('-').some((part) => placeWords!.has(part)));
}

let placeWords: Set<string> | undefined;

function buildPlaceWords(): Set<string> {
  const { demonyms, names, adjectivePrefixes } = loadGazetteer();
  const words = new Set([...demonyms.keys(), ...adjectivePrefixes.keys(), 'arabe', 'arabes']);
  for (const [key, entry] of names) if (entry.kind === 'place') for (const word of key.split(' ')) words.add(word);
  return words;
}
