// Converts seeds/*.txt into content/articles/*.mdx (`npm run convert -- --help` lists the options).
// The seed folder defaults to $SEEDS_DIR, then seeds/; the output to $VEILLE_ARTICLES_DIR,
// then content/articles/. It prints every problem of every seed, and writes nothing unless
// the whole corpus converted. It leaves a summary for the build report.
// Seeds unchanged since the last run are not analysed again (the cache lives in
// $VEILLE_CACHE_DIR, else node_modules/.cache/veille); --no-cache converts every seed and
// leaves the cache alone. Run through `npm run convert`, all its code comes from Node's
// compile cache (see compile-cache.mjs); run directly, the converter's modules still do.
// With --jobs <n>, many seeds to convert are analysed on up to n threads at once, by default
// as many as the machine has cores; each thread loads the converter's data again, so another
// thread starts only for 2,500 seeds to analyse or more (see analysis-helpers.ts).
// With --phases, it also prints where the time went (see ConversionPhases).
// npm run convert, build and check run Node with a young generation of 8 MB a half
// (`--max-semi-space-size=8`) rather than V8's own sizing, which grew it to tens of MB here:
// on the benchmark machine that took a fifth off a conversion after an edit to one seed of
// 5,000 (1.45–1.65 s against 1.88–1.93 s), a tenth off analysing 5,000 seeds from cold,
// and 15 to 25 % off the peak memory; on one thread at 10,000 seeds it made no difference.
import './compile-cache.mjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { readOptions, usageError } from './command-line.ts';
import { convertFolder, defaultCacheDir, describePhases } from './convert-folder.ts';
import { articlesDir, CONVERT_SUMMARY } from './paths.ts';

const started = performance.now();
const root = path.resolve(import.meta.dirname, '..');
const command = {
  name: 'convert',
  usage: `Usage: npm run convert -- [--seeds <folder>] [--out <folder>] [--no-cache] [--jobs <n>] [--phases]
  --seeds <folder>  the seeds to convert (default: $SEEDS_DIR, else seeds/)
  --out <folder>    where the articles go (default: $VEILLE_ARTICLES_DIR, else content/articles/)
  --no-cache        analyse every seed again, and leave the cache alone
  --jobs <n>        analyse on up to n threads (default: one per core)
  --phases          also print where the time went`,
};
const options = readOptions(command, {
  options: {
    seeds: { type: 'string' },
    out: { type: 'string' },
    'no-cache': { type: 'boolean' },
    jobs: { type: 'string' },
    phases: { type: 'boolean' },
  },
});
const seedsDir = path.resolve(options.seeds ?? process.env.SEEDS_DIR ?? path.join(root, 'seeds'));
const outDir = options.out ? path.resolve(options.out) : articlesDir();
const cache = options['no-cache'] ? false : { dir: defaultCacheDir(root) };
const threads = options.jobs === undefined ? availableParallelism() : Number(options.jobs);
if (!Number.isInteger(threads) || threads < 1) usageError(command, `--jobs takes a whole number of threads, at least 1 (not "${options.jobs}")`);

const result = await convertFolder({ root, seedsDir, outDir, cache, threads });
for (const message of result.messages) console.error(message);
if (!result.ok) {
  console.error(`convert: ${result.summary}`);
  process.exit(1);
}
console.log(`convert: ${result.summary}`);
if (options.phases && result.phases) console.log(`convert: ${describePhases(result.phases, result.threads)}`);
await mkdir(path.dirname(CONVERT_SUMMARY), { recursive: true });
// The folder written names the build this summary belongs to (see pagefind-index.ts).
const summary = { ...result.report, outDir, milliseconds: Math.round(performance.now() - started), at: Date.now() };
await writeFile(CONVERT_SUMMARY, JSON.stringify(summary));
