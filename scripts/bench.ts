// Builds generated archives of several sizes and prints what it cost:
//   npm run bench -- [--sizes 1000,5000,10000] [--json <file>]
// For each size: wall time per phase (from the build report), peak memory, pages per
// second, output and search-index size, median and largest HTML page per kind.
// Figures only; no threshold is checked here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, sentencePool } from './bench/corpus.ts';
import { measureSite } from './bench/measure-site.ts';
import { ROOT } from './paths.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,5000,10000' }, json: { type: 'string' } } });
const sizes = values.sizes.split(',').map(Number);
// GNU time reports the peak memory of the whole build, children included.
const GNU_TIME = '/usr/bin/time';

const results = [];
const pool = sentencePool();
for (const size of sizes) {
  const work = path.join(os.tmpdir(), `veille-bench-${size}`);
  await rm(work, { recursive: true, force: true });
  const seeds = path.join(work, 'seeds');
  await mkdir(seeds, { recursive: true });
  for (const seed of generateCorpus(size, 1, pool)) await writeFile(path.join(seeds, seed.name), seed.text);

  const articles = path.join(work, 'articles');
  const dist = path.join(work, 'dist');
  const command = `node scripts/convert.ts --seeds ${seeds} --out ${articles} && node node_modules/astro/bin/astro.mjs build --outDir ${dist}`;
  const useTime = existsSync(GNU_TIME);
  const started = performance.now();
  const run = spawnSync(useTime ? GNU_TIME : 'sh', useTime ? ['-f', 'peak-kb %M', 'sh', '-c', command] : ['-c', command], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VEILLE_ARTICLES_DIR: articles, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallSeconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(run.stdout.slice(-4000), run.stderr.slice(-4000));
    throw new Error(`build of ${size} articles failed`);
  }
  const phases = Object.fromEntries(
    [...(/time: (.*) \(total/.exec(run.stdout)?.[1] ?? '').matchAll(/(\w+) ([\d.]+) s/g)].map((m) => [m[1], Number(m[2])]),
  );
  const peakMb = Number(/peak-kb (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
  const site = measureSite(dist);
  results.push({ articles: size, wallSeconds, phases, peakMb, pagesPerSecond: site.pages / wallSeconds, ...site });
  await rm(work, { recursive: true, force: true });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.table(
  results.map((r) => ({
    articles: r.articles,
    'wall s': r.wallSeconds.toFixed(1),
    ...Object.fromEntries(Object.entries(r.phases).map(([phase, seconds]) => [`${phase} s`, seconds])),
    'peak MB': Number.isNaN(r.peakMb) ? 'n/a' : r.peakMb.toFixed(0),
    'pages/s': r.pagesPerSecond.toFixed(0),
    output: `${(r.totalBytes / 1048576).toFixed(1)} MB`,
    pagefind: `${(r.pagefindBytes / 1048576).toFixed(1)} MB`,
    'article median': kb(r.kinds.articles?.medianBytes ?? 0),
    'article max': kb(r.kinds.articles?.maxBytes ?? 0),
  })),
);
for (const r of results) {
  console.log(`\n${r.articles} articles, HTML per page kind:`);
  console.table(Object.fromEntries(Object.entries(r.kinds).map(([kind, k]) => [kind, { pages: k.pages, median: kb(k.medianBytes), max: kb(k.maxBytes) }])));
}
const json = JSON.stringify({ machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version }, results }, null, 2);
if (values.json) await writeFile(values.json, json);
console.log(json);
