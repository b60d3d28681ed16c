// The French Snowball stemmer as Snowball's own JavaScript generator writes it (Orama's
// build): the same stems as the Java port in snowball-stemmers on 81,094 words compared, five
// times as fast, which counts on a real archive, where each new word is stemmed once.
import { stemmer as frenchStem } from '@orama/stemmers/french';
import stopwordsIso from 'stopwords-iso' with { type: 'json' };
import fillerData from './filler-words.json' with { type: 'json' };
import roleData from '../entities/data/roles.json' with { type: 'json' };
import { loadGazetteer } from '../entities/gazetteer.ts';
import { foldKey } from '../entities/normalize.ts';
import type { WrittenWord } from '../entities/read-words.ts';

/** How a spelling takes part in phrases, worked out once per spelling. */
export interface Spelling {
  /** True when it starts with a capital, a proper noun unless it opens a sentence. */
  capital: boolean;
  /** The text lower-cased, which `topicWord` reads. */
  lower: string;
  /** What `topicWord` gives, once it has been asked (`word` is meaningless until then). */
  asked: boolean;
  word: Word | undefined;
}

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
const CAPITAL = /^\p{Lu}/u;
// Words repeat across an archive; a bound keeps a huge one from holding every spelling.
const MAX_CACHED = 200_000;

const words = new Map<string, Word>();
const stems = new Map<string, Numbered>();
// Counts the times the words above were forgotten: a spelling kept elsewhere is of this one.
let generation = 0;

/** What a written word is to topics: `"Défense"` → capital, the text « défense » (see `topicWord`). */
export function spellingOf(written: string): Spelling {
  // `toLowerCase` is `toLocaleLowerCase('fr')`: only Turkish, Azeri and Lithuanian lower differently.
  const lower = (written.includes('’') ? written.replace(/’/g, "'") : written).toLowerCase();
  return { capital: CAPITAL.test(written), lower, asked: false, word: undefined };
}

/**
 * The word a spelling is to topics, worked out on first request: `"Défense"` → the word
 * « défense » of stem « défens »; undefined for a word no topic holds. A capitalised word
 * within a sentence is a proper noun, which topics never ask about: most of a real
 * archive's capitalised spellings are names met only so, and stemming them and looking them
 * up was wasted (see `documentTerms`).
 */
export function topicWord(spelling: Spelling): Word | undefined {
  if (!spelling.asked) {
    const { lower } = spelling;
    const excluded =
      ELIDED.test(lower) || isPlaceWord(lower) || STOPWORDS.has(lower) || lower.length < 3 || /\d/.test(lower) || /ment$/.test(lower);
    spelling.word = excluded ? undefined : wordOf(lower);
    spelling.asked = true;
  }
  return spelling.word;
}

/**
 * `spellingOf` a word as `readWords` gives it, without an abbreviation's full stop (topics
 * read words without it), kept on the word so that each spelling is worked out once.
 */
export function spellingOfWord(written: WrittenWord): Spelling {
  if (written.topicGeneration !== generation || written.topic === undefined) {
    written.topic = spellingOf(written.text.endsWith('.') ? written.text.slice(0, -1) : written.text);
    written.topicGeneration = generation;
  }
  return written.topic;
}

/**
 * Forgets the words met so far once they are many. Only between documents: a document's
 * words keep their numbers while it is read, and two spellings of one word must always
 * lead to the same word.
 */
export function forgetWordsIfMany(): void {
  if (words.size <= MAX_CACHED) return;
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
  return placeWords.has(key) || key.split('-').some((part) => placeWords!.has(part));
}

let placeWords: Set<string> | undefined;

function buildPlaceWords(): Set<string> {
  const { demonyms, names, adjectivePrefixes } = loadGazetteer();
  const words = new Set([...demonyms.keys(), ...adjectivePrefixes.keys(), 'arabe', 'arabes']);
  for (const [key, entry] of names) if (entry.kind === 'place') for (const word of key.split(' ')) words.add(word);
  return words;
}
