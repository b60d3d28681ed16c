import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SeedFile } from '../src/convert/convert-seed.ts';
import { sha256 } from '../src/lib/sha256.ts';

/**
 * Reads every `*.txt` file of a seed folder (hidden files and other files ignored),
 * with paths relative to the project root and `/` separators, so that the output does
 * not depend on where the project is checked out. Each with its SHA-256, which a run
 * asks several times.
 */
export async function readSeedFiles(seedsDir: string, root: string): Promise<SeedFile[]> {
  const entries = await readdir(seedsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => entry.name)
    .sort();
  // One after the other, synchronously: thousands of small files are read several times
  // faster so than through promises and the thread pool, whose bookkeeping costs more than
  // the reads themselves; the conversion that follows holds the thread anyway.
  return names.map((name) => {
    const file = path.join(seedsDir, name);
    const bytes = readFileSync(file);
    return { path: path.relative(root, file).split(path.sep).join('/'), bytes, hash: sha256(bytes) };
  });
}
