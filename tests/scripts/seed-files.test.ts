import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSeedFiles } from '../../scripts/seed-files.ts';

let root: string;
beforeEach(() => (root = mkdtempSync(path.join(os.tmpdir(), 'veille-seed-files-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readSeedFiles', () => {
  it('reads the visible .txt files in name order, with project paths, bytes and SHA-256', async () => {
    const seeds = path.join(root, 'seeds');
    mkdirSync(path.join(seeds, 'sub.txt'), { recursive: true });
    for (const [name, text] of [['b.TXT', 'Bé'], ['a.txt', 'A'], ['.cache.txt', 'no'], ['notes.md', 'no']]) writeFileSync(path.join(seeds, name), text);
    const files = await readSeedFiles(seeds, root);
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(files.map(({ path, bytes, hash }) => [path, Buffer.from(bytes).toString(), hash])).toEqual([
      ['seeds/a.txt', 'A', sha('A')],
      ['seeds/b.TXT', 'Bé', sha('Bé')],
    ]);
  });
});
