import type { Word as TopicWord } from '../topics/topic-words.ts';
import type { Spelling } from './tokenize.ts';
import { SpanTable } from '../lib/span-table.ts';
import { wordSpans } from './word-spans.ts';

/**
 * One way a word is written, as `wordSpans` cuts it with an abbreviation's full stop
 * (« d'Israël », « M. », « fin. »): shared by all its occurrences, so that what the
 * extractor and topics work out of a spelling is worked out once.
 */
export interface WrittenWord {
  text: string;
  /**
   * The extractor's tokens of it, set by `tokenize`: one, or an elision's article then the
   * rest (`elided`). Kept as fields rather than an array, and the first one's length as a
   * number, so that reading a word's tokens reaches no other object than the word.
   */
  token?: Spelling;
  tokenLength: number;
  elided?: Spelling;
  /**
   * What it is to topics (see topic-words.ts), worked out for the generation of topic words
   * `topicGeneration`: whether it starts with a capital, and its word (null until asked).
   */
  capital: boolean;
  topicWord: TopicWord | undefined | null;
  topicGeneration: number;
  /** How the platform's word rules cut it, packed by `countReadWords` (set there). */
  counting?: number;
  /** What language detection reads of it, packed by `countWordTrigrams` (set there). */
  trigrams?: number[];
}

/** A paragraph's words: `spans` as `wordSpans(text, true)` gives them, and each span's written word. */
export interface WordStream {
  spans: number[];
  words: WrittenWord[];
}

// Words repeat across an archive; a bound keeps a huge one from holding every spelling.
const MAX_CACHED = 200_000;
// Every field from the start: words of one shape keep their readers' property loads fast.
const written = new SpanTable<WrittenWord>((text) => ({
  text,
  token: undefined,
  tokenLength: 0,
  elided: undefined,
  capital: false,
  topicWord: null,
  topicGeneration: -1,
  counting: undefined,
  trigrams: undefined,
}));

/**
 * The words of a paragraph, read once for both the extractor and topics.
 * `"M. Dupont."` → spans `[0, 2, 3, 10]`, words « M. », « Dupont. »
 */
export function readWords(text: string): WordStream {
  if (written.size > MAX_CACHED) written.clear();
  const spans = wordSpans(text, true);
  const words: WrittenWord[] = new Array(spans.length / 2);
  for (let span = 0; span < spans.length; span += 2) words[span / 2] = written.at(text, spans[span], spans[span + 1]);
  return { spans, words };
}
