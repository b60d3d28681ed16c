// Converts seeds/*.txt into content/articles/*.mdx.
//   node scripts/convert.ts [--seeds <folder>] [--out <folder>]
// The seed folder defaults to $SEEDS_DIR, then seeds/; the output to $VEILLE_ARTICLES_DIR,
// then content/articles/. It prints every problem of every seed, and writes nothing unless
// the whole corpus converted. It leaves a summary for the build report.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { summarizeSeeds } from '../src/convert/build-report.ts';
import { convertFolder } from './convert-folder.ts';
import { CONVERT_SUMMARY } from './paths.ts';

const started = performance.now();
const root = path.resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({ options: { seeds: { type: 'string' }, out: { type: 'string' } } });
const seedsDir = path.resolve(options.seeds ?? process.env.SEEDS_DIR ?? path.join(root, 'seeds'));
const outDir = path.resolve(options.out ?? process.env.VEILLE_ARTICLES_DIR ?? path.join(root, 'content', 'articles'));

const result = await convertFolder({ root, seedsDir, outDir });
for (const message of result.messages) console.error(message);
if (!result.ok) {
  console.error(`convert: ${result.summary}`);
  process.exit(1);
}
console.log(`convert: ${result.summary}`);
await mkdir(path.dirname(CONVERT_SUMMARY), { recursive: true });
const summary = { ...summarizeSeeds(result.seeds), milliseconds: Math.round(performance.now() - started), at: Date.now() };
await writeFile(CONVERT_SUMMARY, JSON.stringify(summary));
