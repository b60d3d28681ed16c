import { articleSchema, isLanguageTag, type ArticleData } from '../schema/article.ts';
import { SAFE_SLUG, MAX_SLUG_LENGTH } from '../schema/slug.ts';
import { isPartialDate } from '../lib/partial-date.ts';
import { frenchSpacing } from '../lib/french-spacing.ts';
import { decodeSeed } from './decode-seed.ts';
import { seedHash } from './seed-hash.ts';
import { parseSeed, type ParsedSeed } from './parse-seed.ts';
import { deriveTitle } from './derive-title.ts';
import { deriveDescription } from './derive-description.ts';
import { deriveSlug } from './derive-slug.ts';
import { detectParagraphsLanguage } from './detect-language.ts';
import { countParagraphWords, readingMinutes } from './count-words.ts';
import { toMdxBody } from './to-mdx-body.ts';
import { extractEntities, type ExtractedEntities } from '../entities/extract-entities.ts';
import { readWords, type WordStream } from '../entities/read-words.ts';
import { splitHeaderList } from '../entities/header-lists.ts';
import { documentTerms, type DocumentTerms } from '../topics/document-terms.ts';
import { error, hasError, type Problem } from './problem.ts';

/** A seed file as read from disk: its project-relative path and its bytes. */
export interface SeedFile {
  path: string;
  bytes: Uint8Array;
  /** SHA-256 of exactly these bytes, hex, when whoever read them has it already (see `seedHash`). */
  hash?: string;
}

/**
 * Everything a seed gives on its own, before the rest of the corpus is known: the same for
 * the same path and bytes, so that it can be kept from one run to the next (as a
 * `KeptAnalysis`; one read back from a cache derives its article's body when asked).
 */
export interface SeedAnalysis {
  path: string;
  /** SHA-256 of the bytes, hex. */
  hash: string;
  problems: Problem[];
  /** Absent when the seed has an error. */
  article?: AnalyzedArticle;
}

/** An article before the corpus step: front matter without ranked topics, and its escaped MDX body. */
export interface AnalyzedArticle {
  /** Front matter; `topics` are the header's, or empty until the corpus ranks them. */
  data: ArticleData;
  /** Read only to render the article (an analysis read back from a cache may derive it then, see `seedBody`). */
  readonly body: string;
  /** True when the header set the topics, which the corpus must then leave alone. */
  topicsGiven: boolean;
  /** What ranking topics needs of this article. */
  terms: DocumentTerms;
}

/**
 * An analysis as a cache keeps it between runs: without the article's body, more than half
 * of it, which only articles rendered again need and which the seed gives again (`seedBody`).
 */
export interface KeptAnalysis extends Omit<SeedAnalysis, 'article'> {
  article?: Omit<AnalyzedArticle, 'body'> & { readonly body?: string };
}

/**
 * Analyses one seed file: decode, parse the header, derive what the header does not
 * give, escape the body, validate the front matter against the schema.
 */
export function analyzeSeed(seed: SeedFile): SeedAnalysis {
  return analyzeSeeds([seed])[0];
}

/**
 * Analyses seed files, one analysis each in their order, as `analyzeSeed` does each: step
 * after step, each step over all the seeds before the next, rather than seed after seed.
 * A step's code and tables (the gazetteer, the word lists, the language models, the
 * schema) then stay in the processor's caches from one seed to the next. On the benchmark's
 * 5,000 seeds in batches of 128 (32 are as fast, see convert-seeds.ts), conversions
 * alternated with those analysing seed after seed took a median 2.32 s to analyse rather
 * than 2.65 (ten runs of each); language, word count, names and topics alone took 8 % less
 * time than seed after seed, 4 to 12 % in batches of 32, 2 to 3 % in batches of 8.
 */
export function analyzeSeeds(seeds: readonly SeedFile[], timings?: StepTimings): SeedAnalysis[] {
  const lap = timings ? lapper(timings) : undefined;
  const analyses = seeds.map((seed): SeedAnalysis => ({ path: seed.path, hash: seedHash(seed), problems: [] }));
  const read = seeds.flatMap((seed, index) => readSeed(seed, analyses[index]) ?? []);
  lap?.('read');
  // The language, the word count, the extractor and topics read the same words.
  const languages = read.map(({ header, texts, words }) =>
    header.lang ? Intl.getCanonicalLocales(header.lang.value)[0] : detectParagraphsLanguage(texts, words),
  );
  lap?.('language');
  const wordCounts = read.map(({ texts, words }) => countParagraphWords(texts, words));
  lap?.('count');
  const extracted = read.map(({ texts, words }) => extractEntities(texts, words));
  lap?.('names');
  const valid = read.flatMap((seed, index) => {
    const data = checkedFrontMatter(seed, languages[index], wordCounts[index], extracted[index]);
    return data ? [{ seed, data, lang: languages[index] }] : [];
  });
  lap?.('front matter');
  const terms = valid.map(({ seed }) => documentTerms(seed.texts, seed.words));
  lap?.('topics');
  for (const [index, { seed, data, lang }] of valid.entries()) {
    const { header, texts, analysis } = seed;
    analysis.article = { data, body: articleBody(texts, lang), topicsGiven: !!header.topics, terms: terms[index] };
  }
  lap?.('body');
  return analyses;
}

/** The steps of `analyzeSeeds`, in order: what `StepTimings` count. */
export const ANALYSIS_STEPS = ['read', 'language', 'count', 'names', 'front matter', 'topics', 'body'] as const;
export type AnalysisStep = (typeof ANALYSIS_STEPS)[number];

/**
 * Milliseconds spent in each step of `analyzeSeeds`, added up over the calls given it: what
 * the benchmark prints (`--steps`), so that a change to one step is judged by that step's
 * time rather than by a whole conversion's, which this machine's speed swings hide.
 * `read` covers hashing, decoding, parsing and reading the words.
 */
export type StepTimings = Partial<Record<AnalysisStep, number>>;

/** A function that adds the time since its last call (or its making) to a step. */
function lapper(timings: StepTimings): (step: AnalysisStep) => void {
  let mark = performance.now();
  return (step) => {
    const now = performance.now();
    timings[step] = (timings[step] ?? 0) + now - mark;
    mark = now;
  };
}

/** A seed read as far as its words, for the steps of `analyzeSeeds`, and its analysis so far. */
interface ReadSeed {
  analysis: SeedAnalysis;
  encoding: string;
  header: ParsedSeed['header'];
  texts: string[];
  words: WordStream[];
}

/** Decodes and parses a seed, its problems put in `analysis`; undefined when one is an error. */
function readSeed(seed: SeedFile, analysis: SeedAnalysis): ReadSeed | undefined {
  const { problems } = analysis;
  const decoded = decodeSeed(seed.bytes);
  problems.push(...decoded.problems);
  if (hasError(problems)) return undefined;

  const parsed = parseSeed(decoded.text);
  problems.push(...parsed.problems, ...checkHeader(parsed));
  if (parsed.paragraphs.length === 0) {
    problems.push(error('no article text', undefined, 'a seed needs at least one non-empty line of text'));
  }
  if (hasError(problems)) return undefined;
  const texts = parsed.paragraphs.map((paragraph) => paragraph.text);
  const words = texts.map(readWords);
  return { analysis, encoding: decoded.encoding, header: parsed.header, texts, words };
}

/** The front matter of a read seed as the schema gives it, or undefined with its issues put in the seed's problems. */
function checkedFrontMatter(seed: ReadSeed, lang: string, wordCount: number, extracted: ExtractedEntities): ArticleData | undefined {
  const { header, texts, encoding, analysis } = seed;
  const { path, hash } = analysis;
  const list = (key: 'people' | 'places' | 'organizations' | 'sources') =>
    header[key] ? splitHeaderList(header[key]) : extracted[key];
  const candidate = {
    title: header.title?.value ?? deriveTitle(texts[0]),
    titleDerived: header.title === undefined,
    description: header.description?.value ?? deriveDescription(texts[0]),
    date: header.date?.value,
    lang,
    slug: header.slug?.value ?? deriveSlug(path),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    seed: path,
    seedHash: hash,
    sourceEncoding: encoding.startsWith('utf-8') ? undefined : encoding,
    people: list('people'),
    places: list('places'),
    organizations: list('organizations'),
    topics: header.topics ? splitHeaderList(header.topics) : [],
    sources: list('sources'),
  };
  const result = articleSchema.safeParse(candidate);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    analysis.problems.push(error(`front matter field "${issue.path.join('.')}": ${issue.message}`));
  }
  return undefined;
}

/**
 * The escaped MDX body of a seed whose analysis found no error, in language `lang`: what
 * its analysis holds, derived again from the bytes.
 */
export function seedBody(seed: SeedFile, lang: string): string {
  const { paragraphs } = parseSeed(decodeSeed(seed.bytes).text);
  return articleBody(paragraphs.map((paragraph) => paragraph.text), lang);
}

function articleBody(paragraphs: readonly string[], lang: string): string {
  return toMdxBody(lang.startsWith('fr') ? paragraphs.map(frenchSpacing) : paragraphs);
}

function checkHeader({ header }: ParsedSeed): Problem[] {
  const problems: Problem[] = [];
  const { date, slug, lang, title, description } = header;
  if (date && !isPartialDate(date.value)) {
    problems.push(error(`impossible or malformed date "${date.value}"`, date.line, 'write YYYY, YYYY-MM or YYYY-MM-DD'));
  }
  if (slug && (!SAFE_SLUG.test(slug.value) || slug.value.length > MAX_SLUG_LENGTH)) {
    problems.push(
      error(
        `unsafe slug "${slug.value}"`,
        slug.line,
        `use lower-case ASCII letters, digits and single hyphens, at most ${MAX_SLUG_LENGTH} characters`,
      ),
    );
  }
  if (lang && !isLanguageTag(lang.value)) {
    problems.push(error(`invalid language tag "${lang.value}"`, lang.line, 'use a BCP 47 tag such as fr or en'));
  }
  for (const field of [title, description]) {
    if (field && field.value === '') problems.push(error('empty header value', field.line));
  }
  return problems;
}
