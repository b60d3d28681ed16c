import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import type { KeptAnalysis } from '../src/convert/analyze-seed.ts';
import { keptAnalysis } from '../src/convert/kept-analysis.ts';
import type { SeedSummary } from '../src/convert/build-report.ts';
import type { ArticleRecord } from './article-files.ts';

// Bumped when what the cache files hold changes shape.
const FORMAT = 6;
// Analyses are kept in this many files, by seed path: a run that converts a few seeds
// rewrites a few files, not all of them.
const SHARDS = 32;
// Cache files of folders not converted for this long are removed.
const STALE_DAYS = 30;

/** What the last successful run wrote, enough to tell that a new run has nothing to do. */
export interface ConvertState {
  version: string;
  /** Every seed's path and SHA-256, in path order. */
  seeds: [path: string, hash: string][];
  /** Every file the run left in the output folder: name, SHA-256 of its content, size, modification time and article key. */
  outputs: ArticleRecord[];
  summary: SeedSummary;
  /** Its problems, as printed, and its closing counts. */
  messages: string[];
  articles: number;
  warnings: number;
}

/** The two files that keep one seed folder's conversion into one output folder. */
export interface ConvertCache {
  /** The converter's version: a digest of everything that decides its output. */
  version: string;
  /** Small: what the last run wrote (`ConvertState`). */
  state: string;
  /** A folder of every seed's analysis, to reuse those whose bytes did not change. */
  analyses: string;
}

/**
 * The cache of converting `seedsDir` into `outDir`, under `cacheDir`, for this converter.
 * The version digests the converter's own source and data (every project file that
 * `src/convert/convert-seeds.ts` imports, followed import by import), the installed
 * packages (npm's record of node_modules, else the lock file) and the Node.js, ICU and
 * Unicode versions (case mapping, word segmentation and regular expressions depend on them).
 */
export async function openCache(root: string, cacheDir: string, seedsDir: string, outDir: string): Promise<ConvertCache> {
  const digest = createHash('sha256').update(`format ${FORMAT}\n`);
  for (const file of await importedFiles(path.join(root, 'src', 'convert', 'convert-seeds.ts'))) {
    digest.update(`${path.relative(root, file)}\n`).update(await readFile(file));
  }
  for (const lock of ['node_modules/.package-lock.json', 'package-lock.json']) {
    const file = path.join(root, lock);
    if (existsSync(file)) {
      digest.update(`${lock}\n`).update(await readFile(file));
      break;
    }
  }
  const { node, icu, unicode } = process.versions;
  digest.update(`node ${node} icu ${icu} unicode ${unicode}\n`);
  const name = `convert-${createHash('sha256').update(`${seedsDir}\n${outDir}`).digest('hex').slice(0, 16)}`;
  return {
    version: digest.digest('hex'),
    state: path.join(cacheDir, `${name}.json`),
    analyses: path.join(cacheDir, name),
  };
}

/** The state of the last successful run, when it was this converter's; otherwise undefined. */
export async function readState(cache: ConvertCache): Promise<ConvertState | undefined> {
  try {
    const state = JSON.parse(await readFile(cache.state, 'utf8')) as ConvertState;
    return state.version === cache.version ? state : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The analyses this process last kept, by analyses folder: a development server converts
 * again on every save, and would otherwise read back the whole cache each time (a quarter
 * of a second at 5,000 seeds). Used only while the converter is the same and the folder's
 * files have the names, sizes and times it left them with (`stamps`); even when another run
 * rewrote a file unseen, an analysis is reused only for a seed of the same hash, which it
 * is whoever made it.
 */
const remembered = new Map<string, { version: string; stamps: string; analyses: Map<string, KeptAnalysis> }>();

/** The kept analyses by seed path, those of this converter; none from a file of another. */
export async function readAnalyses(cache: ConvertCache): Promise<Map<string, KeptAnalysis>> {
  const names = await analysisFiles(cache);
  const memory = remembered.get(cache.analyses);
  if (memory?.version === cache.version && memory.stamps === (await stampsOf(cache.analyses, names))) return memory.analyses;
  const kept = new Map<string, KeptAnalysis>();
  for (const name of names) {
    try {
      const shard = v8.deserialize(await readFile(path.join(cache.analyses, name))) as { version: string; analyses: KeptAnalysis[] };
      if (shard.version === cache.version) for (const analysis of shard.analyses) kept.set(analysis.path, analysis);
    } catch {
      // Unreadable, or written by another Node.js: converting afresh is always right.
    }
  }
  return kept;
}

/**
 * Keeps the analyses of this run (and only these) for the next one, without their bodies
 * (see `KeptAnalysis`), rewriting only the files where one differs from `previous`, what
 * was read at the start of the run: equal hashes, equal analyses.
 */
export async function writeAnalyses(
  cache: ConvertCache,
  analyses: readonly KeptAnalysis[],
  previous: ReadonlyMap<string, KeptAnalysis>,
): Promise<void> {
  const shards = Array.from({ length: SHARDS }, () => [] as KeptAnalysis[]);
  const dirty = new Set<number>();
  for (const analysis of analyses) {
    const shard = shardOf(analysis.path);
    shards[shard].push(keptAnalysis(analysis));
    if (previous.get(analysis.path)?.hash !== analysis.hash) dirty.add(shard);
  }
  const current = new Set(analyses.map((analysis) => analysis.path));
  for (const seed of previous.keys()) if (!current.has(seed)) dirty.add(shardOf(seed));
  // A file holding none of these analyses goes, whatever wrote it (another version, a damaged file).
  for (const name of await analysisFiles(cache)) {
    const shard = Number.parseInt(name, 10);
    if (!shards[shard]?.length) dirty.add(shard);
  }
  // Serialised one after the other, then written all at once on the thread pool, rather
  // than each file waited for before the next is serialised.
  const writes: Promise<void>[] = [];
  for (const shard of dirty) {
    const file = path.join(cache.analyses, `${shard}.bin`);
    if (!shards[shard]?.length) writes.push(rm(file, { force: true }));
    else writes.push(writeAtomically(file, v8.serialize({ version: cache.version, analyses: shards[shard] })));
  }
  await Promise.all(writes);
  const stamps = await stampsOf(cache.analyses, await analysisFiles(cache));
  remembered.set(cache.analyses, { version: cache.version, stamps, analyses: new Map(analyses.map((analysis) => [analysis.path, analysis])) });
}

/** The names of the files of the analyses folder (`<shard>.bin`), none when it does not exist. */
async function analysisFiles(cache: ConvertCache): Promise<string[]> {
  return (await readdir(cache.analyses).catch(() => [] as string[])).filter((file) => /^\d+\.bin$/.test(file));
}

/** The names, sizes and modification times of a folder's files: they change when another run rewrites one. */
async function stampsOf(folder: string, names: readonly string[]): Promise<string> {
  const stamps = await Promise.all(
    [...names].sort().map((name) => stat(path.join(folder, name)).then(({ size, mtimeMs }) => `${name} ${size} ${mtimeMs}`, () => name)),
  );
  return stamps.join('\n');
}

function shardOf(seed: string): number {
  return createHash('sha256').update(seed).digest()[0] % SHARDS;
}

/** Records what a successful run wrote, and clears the cache files of folders long unused. */
export async function writeState(cache: ConvertCache, state: ConvertState): Promise<void> {
  await writeAtomically(cache.state, JSON.stringify(state));
  await removeStale(path.dirname(cache.state));
}

let temporaries = 0;

// Another run (the development server, a build) may read the file meanwhile: it sees
// either the old file or the new one, never half of one.
async function writeAtomically(file: string, data: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  // Of this write alone: another write of the same file may still be under way, as when a
  // development server's next conversion starts after one that failed.
  const temporary = `${file}.${process.pid}.${++temporaries}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

async function removeStale(cacheDir: string): Promise<void> {
  const limit = Date.now() - STALE_DAYS * 24 * 3600 * 1000;
  const folders = new Set((await readdir(cacheDir)).flatMap((name) => /^convert-[0-9a-f]{16}(?=\.json$|$)/.exec(name) ?? []));
  for (const name of folders) {
    const files = [path.join(cacheDir, `${name}.json`), path.join(cacheDir, name)];
    const used = Math.max(...(await Promise.all(files.map((file) => stat(file).then((stats) => stats.mtimeMs, () => 0)))));
    if (used < limit) for (const file of files) await rm(file, { recursive: true, force: true });
  }
}

/** A module and every project file it imports, directly or not, in a stable order. */
async function importedFiles(entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(/\b(?:from|import)\s*\(?\s*['"](\.\.?\/[^'"]+)['"]/g)) {
      queue.push(path.resolve(path.dirname(file), match[1]));
    }
  }
  return [...seen].sort();
}
