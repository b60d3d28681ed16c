import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let tmp: string;
let seeds: string;
let out: string;

function convert(seedsDir = seeds) {
  const result = spawnSync(process.execPath, ['scripts/convert.ts', '--seeds', seedsDir, '--out', out], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
/** Every file of a folder with its bytes and modification time. */
function snapshot(dir: string): Record<string, { content: string; mtimeMs: number }> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir).sort().map((name) => [name, { content: readFileSync(path.join(dir, name), 'utf8'), mtimeMs: statSync(path.join(dir, name)).mtimeMs }]),
  );
}
const seedPath = (name: string) => path.relative(root, path.join(seeds, name));

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'veille-convert-'));
  seeds = path.join(tmp, 'seeds');
  out = path.join(tmp, 'out');
  mkdirSync(seeds);
  for (const name of readdirSync(path.join(root, 'seeds'))) writeFileSync(path.join(seeds, name), readFileSync(path.join(root, 'seeds', name)));
  writeFileSync(path.join(seeds, 'README.md'), '# Pas une dépêche\n');
  writeFileSync(path.join(seeds, '.brouillon.txt'), '');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('scripts/convert.ts', () => {
  it('writes one .mdx per seed, ignoring README.md and hidden .txt files, and says so', () => {
    const { status, stdout, stderr } = convert();
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('convert: 2 seed(s) read, 2 article(s), 2 written, 0 removed, 0 warning(s)');
    expect(readdirSync(out).sort()).toEqual(['000-1a0fa30b9826f976.mdx', '004-5a753ca10db2e016.mdx']);
    expect(readFileSync(path.join(out, '004-5a753ca10db2e016.mdx'), 'utf8')).toMatch(/^---\ntitle: "Le chef d'état-major[^\n]*\n[\s\S]*date: "2024-06"/);
  });

  it('writes nothing on a second run over unchanged seeds', () => {
    convert();
    const before = snapshot(out);
    const { status, stdout } = convert();
    expect(status).toBe(0);
    expect(stdout).toContain('2 article(s), 0 written, 0 removed');
    expect(snapshot(out)).toEqual(before);
  });

  it('rewrites the article whose seed changed; the others change at most in their corpus-ranked topics', () => {
    convert();
    const before = snapshot(out);
    writeFileSync(path.join(seeds, '000_1a0fa30b9826f976.txt'), 'date 2024-05 Un texte remplacé.\n');
    expect(convert().status).toBe(0);
    const after = snapshot(out);
    const withoutTopics = (mdx: string) => mdx.replace(/^topics:\n(?:  - .*\n)*/m, '');
    expect(withoutTopics(after['004-5a753ca10db2e016.mdx'].content)).toEqual(withoutTopics(before['004-5a753ca10db2e016.mdx'].content));
    expect(after['000-1a0fa30b9826f976.mdx'].content).toContain('Un texte remplacé.');
  });

  it('removes the .mdx of a deleted seed on the next run', () => {
    convert();
    rmSync(path.join(seeds, '000_1a0fa30b9826f976.txt'));
    const { status, stdout } = convert();
    expect(status).toBe(0);
    expect(stdout).toMatch(/1 seed\(s\) read, 1 article\(s\), [01] written, 1 removed/);
    expect(readdirSync(out)).toEqual(['004-5a753ca10db2e016.mdx']);
  });

  it('with bad seeds, exits non-zero, reports every one and leaves the output byte for byte unchanged', () => {
    convert();
    writeFileSync(path.join(out, 'notes.txt'), 'à garder');
    const before = snapshot(out);
    writeFileSync(path.join(seeds, 'vide.txt'), '');
    writeFileSync(path.join(seeds, 'date.txt'), 'date 2024-02-30 Un texte.');
    rmSync(path.join(seeds, '000_1a0fa30b9826f976.txt'));
    const { status, stdout, stderr } = convert();
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${seedPath('vide.txt')}: error: no article text`);
    expect(stderr).toContain(`${seedPath('date.txt')}:1: error: impossible or malformed date "2024-02-30"`);
    expect(stderr).toMatch(/3 seed\(s\) read, 2 error\(s\), 0 warning\(s\); .* left unchanged/);
    expect(snapshot(out)).toEqual(before);
  });

  it('prints warnings and still converts', () => {
    writeFileSync(path.join(seeds, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]));
    const { status, stdout, stderr } = convert();
    expect(status).toBe(0);
    expect(stderr).toContain(`${seedPath('latin1.txt')}: warning: not UTF-8: read as Windows-1252`);
    expect(stdout).toContain('3 seed(s) read, 3 article(s), 3 written, 0 removed, 1 warning(s)');
  });

  it('exits non-zero with a clear message when the seed folder does not exist', () => {
    const missing = path.join(tmp, 'absent');
    const { status, stdout, stderr } = convert(missing);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${path.relative(root, missing)}: error: seed folder not found`);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an existing folder with no seed instead of deleting every article', () => {
    expect(convert().status).toBe(0);
    const before = snapshot(out);
    const empty = path.join(tmp, 'vide');
    mkdirSync(empty);
    const { status, stderr } = convert(empty);
    expect(status).not.toBe(0);
    expect(stderr).toContain('error: no *.txt seed in this folder');
    expect(snapshot(out)).toEqual(before);
  });
});
