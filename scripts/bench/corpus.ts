import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import stopwordsIso from 'stopwords-iso' with { type: 'json' };

/** A generated seed: its file name and its text. */
export interface GeneratedSeed {
  name: string;
  text: string;
}

/** What the corpus is drawn from: sentences, the people they name, words and names to vary them with. */
export interface CorpusSources {
  sentences: string[];
  /** For each sentence, the people of the fixtures it names, in full or by surname. */
  peopleIn: Person[][];
  /** French words (an-array-of-french-words) in a fixed shuffled order: the i-th is the i-th most frequent. */
  words: string[];
  /** Capitalised entries of humannames' list, to make up people with. */
  names: string[];
  stopWords: ReadonlySet<string>;
}

interface Person {
  full: RegExp;
  surname: RegExp;
}

// The pool of sentences: the project's own hand-written French news paragraphs
// (tests/fixtures/entities), so no text is downloaded and every run sees the same words.
const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/entities');
const require = createRequire(import.meta.url);

// Real press text of 2.6 million words (5,000 articles) has tens of thousands of distinct
// words; the 303 fixture sentences alone have 2,561. So about one content word in five is
// replaced by a word drawn at Zipf frequencies from a list of 336,000 French words, and two
// people named in five by people drawn at Zipf frequencies from a made-up cast. That gives
// about 68,000 spellings at 5,000 articles and 110,000 at 10,000: vocabulary growing as
// Heaps' law has it for news (about 44·n^0.49 lower-cased terms for Reuters' RCV1, more for
// French, whose words inflect, and for spellings, which keep capitals), not as a closed list.
const REPLACED_WORDS = 0.2;
const REPLACED_PEOPLE = 0.4;
const CAST = 50_000;

interface Fixture {
  text: string;
  people: string[];
}

function fixtureParagraphs(): Fixture[] {
  return ['paragraphs.json', 'held-out.json'].flatMap(
    (file) => (JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as { paragraphs: Fixture[] }).paragraphs,
  );
}

/** Every sentence of the project's French news fixtures. */
export function sentencePool(paragraphs = fixtureParagraphs()): string[] {
  const sentences = new Set<string>();
  for (const { text } of paragraphs) for (const sentence of text.split(/(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])/u)) sentences.add(sentence.trim());
  return [...sentences].filter((sentence) => sentence.length > 20);
}

/** The sentences, words and names a corpus is drawn from, read once. */
export function corpusSources(): CorpusSources {
  const paragraphs = fixtureParagraphs();
  const sentences = sentencePool(paragraphs);
  const people = [...new Set(paragraphs.flatMap((paragraph) => paragraph.people))]
    .filter((name) => name.includes(' '))
    .map((name) => ({ name, surname: name.slice(name.lastIndexOf(' ') + 1) }));
  // `RegExp.escape` would do, but Node 22, which the project supports, does not have it.
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const wholeWord = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escaped(text)}(?![\\p{L}\\p{N}])`, 'gu');
  const compiled = people.map(({ name, surname }) => ({ name, surname, full: wholeWord(name), bare: wholeWord(surname) }));
  const peopleIn = sentences.map((sentence) =>
    compiled.filter(({ name, surname }) => sentence.includes(name) || sentence.includes(surname)).map(({ full, bare }) => ({ full, surname: bare })),
  );
  const words = (require('an-array-of-french-words') as string[]).filter((word) => /^\p{Ll}{4,}$/u.test(word));
  shuffle(words, mulberry32(2024));
  const names = readFileSync(require.resolve('humannames/list.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((name) => /^\p{Lu}\p{Ll}{3,}$/u.test(name));
  const stopWords = new Set((stopwordsIso as Record<string, string[]>).fr);
  return { sentences, peopleIn, words, names, stopWords };
}

/**
 * `count` seeds of realistic French press text, the same for the same `seed`: 1 to 10 kB
 * each, paragraphs of two to five sentences drawn from the pool, some of their words and
 * people varied (see REPLACED_WORDS), dated across 2005–2025 at day, month or year
 * precision (a few undated), so that archives, facets and the search index have realistic
 * sizes. `generateCorpus(2, 1)` → `[{ name: "bench-000000.txt", text: "date 2019-03-14 …" }, …]`
 */
export function generateCorpus(count: number, seed = 1, sources = corpusSources()): GeneratedSeed[] {
  const random = mulberry32(seed);
  const pickIndex = (length: number) => Math.floor(random() * length);
  const word = zipf(sources.words.length, random);
  const castMember = zipf(CAST, random);
  const varyWords = (sentence: string) =>
    sentence.replace(CONTENT_WORD, (found) =>
      random() < REPLACED_WORDS && !sources.stopWords.has(found) ? sources.words[word()] : found,
    );
  const seeds: GeneratedSeed[] = [];
  for (let i = 0; i < count; i++) {
    const targetBytes = 1000 + Math.floor(random() * random() * 9000);
    const paragraphs: string[] = [];
    const people = new Set<Person>();
    let bytes = 0;
    while (bytes < targetBytes) {
      const drawn = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pickIndex(sources.sentences.length));
      for (const index of drawn) for (const person of sources.peopleIn[index]) people.add(person);
      const paragraph = drawn.map((index) => varyWords(sources.sentences[index])).join(' ');
      paragraphs.push(paragraph);
      bytes += Buffer.byteLength(paragraph) + 2;
    }
    let body = paragraphs.join('\n\n');
    for (const person of people) {
      if (random() >= REPLACED_PEOPLE) continue;
      const [given, surname] = castPerson(castMember(), sources.names);
      body = body.replace(person.full, `${given} ${surname}`).replace(person.surname, surname);
    }
    const year = 2005 + Math.floor(random() * 21);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const precision = random();
    const pad = (n: number) => String(n).padStart(2, '0');
    const date = precision < 0.03 ? undefined : precision < 0.1 ? `${year}` : precision < 0.3 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    const header = date ? `date ${date}\n\n` : '';
    seeds.push({ name: `bench-${String(i).padStart(6, '0')}.txt`, text: `${header}${body}\n` });
  }
  return seeds;
}

// A lower-case word of four letters or more, on its own (not the tail of a longer word), and
// not after an elision, whose form (« l' », « d' ») depends on the word's first letter.
const CONTENT_WORD = /(?<![\p{L}\p{N}'’])\p{Ll}{4,}(?![\p{L}\p{N}])/gu;

/** The `member`-th person of the made-up cast: the same given name and surname every time. */
function castPerson(member: number, names: readonly string[]): [string, string] {
  return [names[(member * 7919) % names.length], names[(member * 104_729 + 4_099) % names.length]];
}

/**
 * A draw of ranks 0 to `size` − 1 at Zipf frequencies (rank r weighs 1 / (r + 1)), by binary
 * search in the cumulative weights: no package on the registry draws from a seeded generator.
 */
function zipf(size: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** Fisher–Yates, in place, from the given generator. */
function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

// A small, well-known seeded generator (Mulberry32): Math.random cannot be seeded, and a
// benchmark corpus must be the same on every run.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
