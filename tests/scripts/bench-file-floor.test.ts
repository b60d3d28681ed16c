import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let tmp: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'veille-file-floor-test-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const floor = (...args: string[]) => spawnSync(process.execPath, ['scripts/bench/file-floor.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('scripts/bench/file-floor.ts', () => {
  it('reads every seed and writes exactly the articles given, byte for byte, into the new folder', () => {
    const [seeds, articles, out] = ['seeds', 'articles', 'out/nested'].map((name) => path.join(tmp, name));
    mkdirSync(seeds);
    mkdirSync(articles);
    writeFileSync(path.join(seeds, 'a.txt'), 'Première dépêche.');
    writeFileSync(path.join(seeds, 'b.txt'), 'Seconde.');
    writeFileSync(path.join(seeds, 'notes.md'), 'not a seed');
    writeFileSync(path.join(articles, 'a.mdx'), '---\ntitle: « Première »\n---\n\nPremière dépêche.\n');
    writeFileSync(path.join(articles, 'b.mdx'), '---\ntitle: Seconde\n---\n\nSeconde.\n');
    writeFileSync(path.join(articles, 'index.json'), '{}');

    const run = floor(seeds, articles, out);
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.written).toBe(2);
    expect(printed.seedBytes).toBe(Buffer.byteLength('Première dépêche.') + Buffer.byteLength('Seconde.'));
    expect(printed.preparingSeconds).toBeGreaterThanOrEqual(0);
    expect(readdirSync(out).sort()).toEqual(['a.mdx', 'b.mdx']);
    for (const name of ['a.mdx', 'b.mdx']) expect(readFileSync(path.join(out, name))).toEqual(readFileSync(path.join(articles, name)));
  });

  it('fails, saying how to call it, without its three folders', () => {
    const run = floor(tmp, tmp);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('usage: node scripts/bench/file-floor.ts <seeds> <articles> <out>');
  });
});
