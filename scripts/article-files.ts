import { transcode } from 'node:buffer';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../src/lib/sha256.ts';

/**
 * A file a conversion left in its output folder: its name, the SHA-256 of its content, its
 * size and modification time (−1 when the file was written too recently for its time to tell),
 * and the key of the article it holds.
 */
export type ArticleRecord = [name: string, hash: string, size: number, mtimeMs: number, key: string];

/** An article to write: its content, which may be rendered when read, and a key that decides it (equal keys, equal contents). */
export interface ArticleFile {
  readonly mdx: string;
  readonly key: string;
}

// A file changed again within the file system's clock tick of being recorded keeps its
// recorded time (git's "racy" entries): a file this recent is recorded with no time, so the
// next run reads it. Ticks are up to about 10 ms on common systems; twice that and more is safe.
const RACY_MS = 50;

/**
 * Writes the files whose content changed and removes the articles no seed gives any more;
 * returns what the folder then holds, for the next run. A file whose size and time are
 * those recorded by the last run is taken as it is without reading it, as make and git do,
 * when the article to write has the key recorded with it (then it is not even rendered) or
 * the hash of its content; any other is read and compared.
 * Synchronously: thousands of small files one after the other are much faster so than
 * through the thread pool, and the conversion before it holds the thread anyway.
 */
export function writeArticles(
  outDir: string,
  files: ReadonlyMap<string, ArticleFile>,
  recorded: readonly ArticleRecord[] = [],
): { written: number; removed: number; records: ArticleRecord[] } {
  mkdirSync(outDir, { recursive: true });
  const present = new Set(readdirSync(outDir));
  const last = new Map(recorded.map((record) => [record[0], record]));
  const records: ArticleRecord[] = [];
  let written = 0;
  for (const [name, file] of files) {
    const target = path.join(outDir, name);
    let stats = present.has(name) ? fileStats(target) : undefined;
    const record = last.get(name);
    if (stats && record?.[4] === file.key && asRecorded(stats, record)) {
      records.push([...record]);
      continue;
    }
    const bytes = utf8(file.mdx);
    const hash = sha256(bytes);
    const kept = stats && ((record?.[1] === hash && asRecorded(stats, record)) || readFileSync(target).equals(bytes));
    if (!kept) {
      stats = writeFile(target, bytes);
      written++;
    }
    records.push([name, hash, stats!.size, stats!.mtimeMs, file.key]);
  }
  const settled = Date.now() - RACY_MS;
  for (const record of records) if (record[3] >= settled) record[3] = -1;
  let removed = 0;
  for (const name of present) {
    if (name.endsWith('.mdx') && !files.has(name)) {
      rmSync(path.join(outDir, name));
      removed++;
    }
  }
  return { written, removed, records };
}

// An article is encoded to UTF-8 once, and hashed and written from there: hashing its text,
// then writing it, encoded it twice, and into a new buffer each time (encoding 10,000
// articles so took 0.3 s, and 0.07 s once).
// Nearly every article is a string of two-byte characters (« ’ » and the narrow no-break
// space make it so), which the engine encodes to UTF-8 one character at a time. Copied as
// UTF-16 (a plain copy) and transcoded by Node, which converts many at a time, the
// benchmark's 5,000 articles encoded in 24 to 29 ms rather than 64. A text with a lone
// surrogate, which only the engine's encoder turns into U+FFFD, goes to it.
let wide = Buffer.allocUnsafe(1 << 17);
let encoded = Buffer.allocUnsafe(1 << 16);

/** The UTF-8 bytes of a text, valid until the next call. */
function utf8(text: string): Buffer {
  if (text.isWellFormed()) {
    if (wide.length < 2 * text.length) wide = Buffer.allocUnsafe(2 * text.length);
    return transcode(wide.subarray(0, wide.write(text, 'utf16le')), 'utf16le', 'utf8');
  }
  if (encoded.length < 3 * text.length) encoded = Buffer.allocUnsafe(3 * text.length);
  return encoded.subarray(0, encoded.write(text));
}

/** Writes a file and returns its stats, read from the open file rather than found again by its path. */
function writeFile(file: string, bytes: Uint8Array): Stats {
  const descriptor = openSync(file, 'w');
  try {
    writeFileSync(descriptor, bytes);
    return fstatSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** True when the output folder holds exactly the recorded files, each with its recorded content. */
export function holdsRecorded(outDir: string, recorded: readonly ArticleRecord[]): boolean {
  const present = readdirSync(outDir).filter((name) => name.endsWith('.mdx'));
  if (present.length !== recorded.length) return false;
  for (const record of recorded) {
    const file = path.join(outDir, record[0]);
    const stats = fileStats(file);
    if (!stats) return false;
    if (!asRecorded(stats, record) && sha256(readFileSync(file)) !== record[1]) return false;
  }
  return true;
}

function asRecorded(stats: Stats, [, , size, mtimeMs]: ArticleRecord): boolean {
  return stats.size === size && stats.mtimeMs === mtimeMs;
}

function fileStats(file: string): Stats | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats?.isFile() ? stats : undefined;
}
