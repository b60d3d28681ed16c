import { z } from 'astro/zod';
import { isPartialDate } from '../lib/partial-date.ts';
import { slugSchema } from './slug.ts';

const MAX_NAME_LENGTH = 200;

/**
 * A list of names: each trimmed, from 1 to 200 characters, none twice.
 * What `z.array(z.string().trim().min(1).max(200))` and a refinement would check, with the
 * same issues, in one pass over the list: zod's own element schema costs a payload, an
 * issue list and a run of checks for each of the fifty-odd names of an article, which came
 * to a seventh of everything analysing an article allocated.
 */
const entityList = z
  .array(z.string())
  .overwrite((names) => (names.every((name) => name === name.trim()) ? names : names.map((name) => name.trim())))
  .check((payload) => {
    const names = payload.value;
    for (let index = 0; index < names.length; index++) {
      const input = names[index];
      if (input.length < 1) payload.issues.push({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input, path: [index] });
      else if (input.length > MAX_NAME_LENGTH) {
        payload.issues.push({ code: 'too_big', origin: 'string', maximum: MAX_NAME_LENGTH, inclusive: true, input, path: [index] });
      }
    }
    if (new Set(names).size !== names.length) payload.issues.push({ code: 'custom', message: 'names must not repeat', input: names });
  });

/**
 * The front matter of a generated article: the one schema that the converter checks
 * before writing and that the Astro content collection checks at build.
 */
export const articleSchema = z.strictObject({
  /** Headline shown on the page, given by the seed header or derived from the first sentence. */
  title: z.string().trim().min(1).max(300),
  /** True when the title was derived from the text rather than given in the header. */
  titleDerived: z.boolean(),
  /** The lead: the opening of the article, at most 160 characters, cut at a word boundary. */
  description: z.string().trim().min(1).max(300),
  /** Publication date at the precision the seed gave: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; absent when unknown. */
  date: z.string().refine(isPartialDate, 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  /** Language of the text as a BCP 47 tag (`fr`, `en`, `pt-BR`), detected or given by the header. */
  lang: z.string().refine(isLanguageTag, 'expected a BCP 47 language tag such as fr or en'),
  /** URL segment of the article page, from the seed's file name or the header. */
  slug: slugSchema,
  /** Number of words in the body. */
  wordCount: z.number().int().nonnegative(),
  /** Estimated reading time in whole minutes, at least 1. */
  readingMinutes: z.number().int().positive(),
  /** Path of the seed file, relative to the project root, with `/` separators. */
  seed: z.string().min(1),
  /** SHA-256 of the seed's bytes, hex: tells whether a seed changed since it was converted. */
  seedHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Encoding the seed was read in, when it was not UTF-8 (`windows-1252`, `utf-16le`…). */
  sourceEncoding: z.string().optional(),
  /** People the article mentions, canonical names, in order of first mention. */
  people: entityList,
  /** Places (countries, cities, regions), canonical French names, in order of first mention. */
  places: entityList,
  /** Organisations (institutions, armed forces, parties, companies, media), in order of first mention. */
  organizations: entityList,
  /** 3 to 8 key phrases, most specific to the article in the whole archive first, as written in the text. */
  topics: entityList,
  /** Media or agencies the article cites as its source. */
  sources: entityList,
});

/** The validated front matter of an article. */
export type ArticleData = z.infer<typeof articleSchema>;

/** True for a well-formed BCP 47 language tag (checked by the platform's own Intl). */
export function isLanguageTag(tag: string): boolean {
  // Every article is checked, with a handful of tags between them: asking Intl once per tag
  // saves its few microseconds per article. A bound keeps odd input from growing the memo.
  let answer = languageTags.get(tag);
  if (answer === undefined) {
    if (languageTags.size >= 1000) languageTags.clear();
    answer = askIntl(tag);
    languageTags.set(tag, answer);
  }
  return answer;
}

const languageTags = new Map<string, boolean>();

function askIntl(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
