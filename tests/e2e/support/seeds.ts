import { readFileSync } from 'node:fs';
import path from 'node:path';
import { convertSeed } from '../../../src/convert/convert-seed.ts';
import { decodeSeed } from '../../../src/convert/decode-seed.ts';
import { parseSeed } from '../../../src/convert/parse-seed.ts';
import { articlePath } from '../../../src/lib/urls.ts';
import { ROOT } from './site-build.ts';

/** What a test needs to know of a seed: where its page is and what it must show. */
export interface SeedFacts {
  slug: string;
  title: string;
  url: string;
  paragraphs: string[];
}

/** Reads a seed of the project (or of the e2e fixtures) through the real converter. */
export function seedFacts(relativePath: string): SeedFacts {
  const bytes = readFileSync(path.join(ROOT, relativePath));
  const converted = convertSeed({ path: relativePath, bytes });
  if (!converted.article) throw new Error(`${relativePath} does not convert`);
  const paragraphs = parseSeed(decodeSeed(bytes).text).paragraphs.map((paragraph) => paragraph.text);
  const { slug, title } = converted.article.data;
  return { slug, title, url: articlePath(slug), paragraphs };
}

/** Words of a text, whatever the spaces between them (French spacing adds no-break spaces). */
export function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}
