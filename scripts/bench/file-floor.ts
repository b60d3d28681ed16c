// The file system's part of a conversion, for the benchmark: a process that reads every
// seed of a folder, then writes into an empty folder the articles a conversion wrote from
// them, with nothing in between (no analysis, no hash, no record).
//   node scripts/bench/file-floor.ts <seeds folder> <articles folder> <empty output folder>
// It first reads the articles it is to write, which a conversion does not do, and prints as
// JSON how long that took (`{"preparingSeconds":0.12}`): the benchmark takes it off the
// process's wall time, so that what remains is start-up, reading and writing. No converter
// of these seeds can take less on the same machine at the same moment.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [seedsDir, articlesDir, outDir] = process.argv.slice(2);
if (!outDir) throw new Error('usage: node scripts/bench/file-floor.ts <seeds> <articles> <out>');

const preparing = performance.now();
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ name, mdx: readFileSync(path.join(articlesDir, name), 'utf8') }));
const preparingSeconds = (performance.now() - preparing) / 1000;

let seedBytes = 0;
for (const name of readdirSync(seedsDir)) if (name.endsWith('.txt')) seedBytes += readFileSync(path.join(seedsDir, name)).length;
mkdirSync(outDir, { recursive: true });
for (const { name, mdx } of articles) writeFileSync(path.join(outDir, name), mdx);
console.log(JSON.stringify({ preparingSeconds, seedBytes, written: articles.length }));
