// Converts seeds/*.txt into content/articles/*.mdx.
//   node scripts/convert.ts [--seeds <folder>] [--out <folder>]
// The seed folder defaults to $SEEDS_DIR, then seeds/; the output to $VEILLE_ARTICLES_DIR,
// then content/articles/. The only part of the converter that touches the disk: it reads
// every seed, prints every problem, and writes nothing unless the whole corpus converted.
import { parseArgs } from 'node:util';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { convertSeeds } from '../src/convert/convert-seeds.ts';
import { formatProblem } from '../src/convert/format-problem.ts';
import { readSeedFiles } from './seed-files.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({ options: { seeds: { type: 'string' }, out: { type: 'string' } } });
const seedsDir = path.resolve(options.seeds ?? process.env.SEEDS_DIR ?? path.join(root, 'seeds'));
const outDir = path.resolve(options.out ?? process.env.VEILLE_ARTICLES_DIR ?? path.join(root, 'content', 'articles'));

if (!existsSync(seedsDir)) {
  console.error(`${path.relative(root, seedsDir) || seedsDir}: error: seed folder not found`);
  process.exit(1);
}
const seedFiles = await readSeedFiles(seedsDir, root);
if (seedFiles.length === 0) {
  // Most likely a wrong folder: converting nothing would delete every article.
  console.error(`${path.relative(root, seedsDir) || seedsDir}: error: no *.txt seed in this folder; nothing converted`);
  process.exit(1);
}
const { seeds, files } = convertSeeds(seedFiles);

let errors = 0;
let warnings = 0;
for (const seed of seeds) {
  for (const problem of seed.problems) {
    if (problem.severity === 'error') errors++;
    else warnings++;
    console.error(formatProblem(seed.path, problem));
  }
}
if (errors > 0) {
  console.error(
    `convert: ${seedFiles.length} seed(s) read, ${errors} error(s), ${warnings} warning(s); ${path.relative(root, outDir) || outDir} left unchanged`,
  );
  process.exit(1);
}

await mkdir(outDir, { recursive: true });
let written = 0;
for (const [name, mdx] of files) {
  const target = path.join(outDir, name);
  const current = await readFile(target, 'utf8').catch(() => undefined);
  if (current === mdx) continue;
  await writeFile(target, mdx);
  written++;
}
let removed = 0;
for (const name of await readdir(outDir)) {
  if (name.endsWith('.mdx') && !files.has(name)) {
    await rm(path.join(outDir, name));
    removed++;
  }
}
console.log(
  `convert: ${seedFiles.length} seed(s) read, ${files.size} article(s), ${written} written, ${removed} removed, ${warnings} warning(s)`,
);
