import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';

const root = path.resolve(import.meta.dirname, '../..');
let tmp: string;
let seeds: string;
let out: string;

function convert(seedsDir = seeds, { to = out, flags = [] as string[] } = {}) {
  // A cache of its own, so that tests neither share one nor leave one in the project.
  const env = { ...process.env, VEILLE_CACHE_DIR: path.join(tmp, 'cache') };
  const result = spawnSync(process.execPath, ['scripts/convert.ts', '--seeds', seedsDir, '--out', to, ...flags], { cwd: root, encoding: 'utf8', env });
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

// Each test runs the real script several times; a loaded machine needs more than the default.
describe('scripts/convert.ts', { timeout: 60_000 }, () => {
  it('writes one .mdx per seed, ignoring README.md and hidden .txt files, and says so', () => {
    const { status, stdout, stderr } = convert();
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('convert: 2 seed(s) read, 2 article(s), 2 written, 0 removed, 0 warning(s); 2 converted, 0 unchanged');
    expect(readdirSync(out).sort()).toEqual(['000-1a0fa30b9826f976.mdx', '004-5a753ca10db2e016.mdx']);
    expect(readFileSync(path.join(out, '004-5a753ca10db2e016.mdx'), 'utf8')).toMatch(/^---\ntitle: "Le chef d'état-major[^\n]*\n[\s\S]*date: "2024-06"/);
  });

  it('says where the time went with --phases, and only then', () => {
    expect(convert(seeds, { flags: ['--no-cache'] }).stdout).not.toContain('phases');
    const { status, stdout } = convert(seeds, { flags: ['--phases'] });
    expect(status).toBe(0);
    const line = /^convert: phases: (.*)$/m.exec(stdout)?.[1];
    expect([...(line ?? '').matchAll(/(\w+) (\d+\.\d\d) s/g)].map(([, phase]) => phase)).toEqual(['read', 'load', 'analyse', 'rank', 'keep', 'write']);
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

describe('scripts/convert.ts with its cache', { timeout: 60_000 }, () => {
  const contents = (dir: string) => Object.fromEntries(Object.entries(snapshot(dir)).map(([name, { content }]) => [name, content]));
  /** The record of the last run, and the files of kept analyses. */
  const cacheFiles = () => {
    const cacheDir = path.join(tmp, 'cache');
    const [record] = readdirSync(cacheDir).filter((name) => /^convert-\w+\.json$/.test(name));
    const folder = path.join(cacheDir, record.replace(/\.json$/, ''));
    return { record: path.join(cacheDir, record), analyses: readdirSync(folder).map((name) => path.join(folder, name)) };
  };
  /** The output of a run that uses no cache at all, in a folder of its own. */
  const uncached = () => {
    const fresh = path.join(tmp, `fresh-${Math.random().toString(36).slice(2)}`);
    const { status, stdout } = convert(seeds, { to: fresh, flags: ['--no-cache'] });
    expect(status).toBe(0);
    expect(stdout).toMatch(/; (\d+) converted, 0 unchanged/);
    return contents(fresh);
  };
  const addGeneratedSeeds = () => {
    for (const { name, text } of generateCorpus(6, 3)) writeFileSync(path.join(seeds, name), text);
  };

  it('converts nothing and writes nothing on a second run over unchanged seeds, and gives what a run without cache gives', () => {
    expect(convert().stdout).toContain('2 written, 0 removed, 0 warning(s); 2 converted, 0 unchanged');
    const before = snapshot(out);
    const { status, stdout } = convert();
    expect(status).toBe(0);
    expect(stdout).toContain('convert: 2 seed(s) read, 2 article(s), 0 written, 0 removed, 0 warning(s); 0 converted, 2 unchanged');
    expect(snapshot(out)).toEqual(before);
    expect(uncached()).toEqual(contents(out));
  });

  it('converts again only the seed that changed; the corpus-ranked topics of the others are those of a run without cache', () => {
    addGeneratedSeeds();
    expect(convert().stdout).toContain('8 converted, 0 unchanged');
    const before = contents(out);
    const changed = path.join(seeds, 'bench-000002.txt');
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nLa défense antimissile et la défense antimissile régionale mobilisent les armées.\n`);
    const { status, stdout } = convert();
    expect(status).toBe(0);
    expect(stdout).toContain('2 written, 0 removed, 0 warning(s); 1 converted, 7 unchanged');
    // The new paragraph makes « défense antimissile » commoner, which reranks an unchanged article's topics.
    expect(contents(out)['004-5a753ca10db2e016.mdx']).not.toBe(before['004-5a753ca10db2e016.mdx']);
    expect(uncached()).toEqual(contents(out));
  });

  it('renders again only the articles whose seed or topics changed, once it trusts the times of their files', () => {
    addGeneratedSeeds();
    convert();
    // Files written a while ago: the next run records their times, and the run after trusts them.
    for (const name of readdirSync(out)) utimesSync(path.join(out, name), new Date(2024, 0, 1), new Date(2024, 0, 1));
    const append = (name: string, text: string) => writeFileSync(path.join(seeds, name), `${readFileSync(path.join(seeds, name), 'utf8')}\n${text}\n`);
    append('bench-000003.txt', 'Le texte de cette dépêche a été complété.');
    expect(convert().status).toBe(0);
    const before = contents(out);
    append('bench-000002.txt', 'La défense antimissile et la défense antimissile régionale mobilisent les armées.');
    const { status, stdout } = convert();
    expect(status).toBe(0);
    expect(stdout).toContain('1 converted, 7 unchanged');
    // An unchanged seed whose topics moved: its key changed, and its body comes again from its bytes.
    expect(contents(out)['004-5a753ca10db2e016.mdx']).not.toBe(before['004-5a753ca10db2e016.mdx']);
    expect(uncached()).toEqual(contents(out));
  });

  it('converts every seed again when the cache comes from another version of the converter', () => {
    addGeneratedSeeds();
    convert();
    const expected = contents(out);
    // Without the record of what was written, the kept analyses of this version are reused…
    rmSync(cacheFiles().record);
    expect(convert().stdout).toContain('; 0 converted, 8 unchanged');
    // …and those of another version are not, nor is its record.
    const { record, analyses } = cacheFiles();
    writeFileSync(record, JSON.stringify({ ...JSON.parse(readFileSync(record, 'utf8')), version: 'another' }));
    for (const file of analyses) writeFileSync(file, v8.serialize({ ...(v8.deserialize(readFileSync(file)) as object), version: 'another' }));
    const { status, stdout } = convert();
    expect(status).toBe(0);
    expect(stdout).toContain('0 written, 0 removed, 0 warning(s); 8 converted, 0 unchanged');
    expect(contents(out)).toEqual(expected);
  });

  it('reports the errors of an unchanged seed on every run', () => {
    writeFileSync(path.join(seeds, 'date.txt'), 'date 2024-02-30 Un texte.');
    for (const counts of ['3 converted, 0 unchanged', '0 converted, 3 unchanged']) {
      const { status, stderr } = convert();
      expect(status).not.toBe(0);
      expect(stderr).toContain(`${seedPath('date.txt')}:1: error: impossible or malformed date "2024-02-30"`);
      expect(stderr).toContain(counts);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('prints the warnings of unchanged seeds again when nothing changed', () => {
    writeFileSync(path.join(seeds, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]));
    convert();
    const { status, stdout, stderr } = convert();
    expect(status).toBe(0);
    expect(stderr).toContain(`${seedPath('latin1.txt')}: warning: not UTF-8: read as Windows-1252`);
    expect(stdout).toContain('3 article(s), 0 written, 0 removed, 1 warning(s); 0 converted, 3 unchanged');
  });

  it('puts back an article edited or deleted by hand, though no seed changed', () => {
    convert();
    const expected = contents(out);
    writeFileSync(path.join(out, '000-1a0fa30b9826f976.mdx'), 'retouché à la main');
    rmSync(path.join(out, '004-5a753ca10db2e016.mdx'));
    writeFileSync(path.join(out, 'orphelin.mdx'), 'sans graine');
    const { status, stdout } = convert();
    expect(status).toBe(0);
    expect(stdout).toContain('2 written, 1 removed, 0 warning(s); 0 converted, 2 unchanged');
    expect(contents(out)).toEqual(expected);
  });

  it('puts back an article edited by hand to the same size, whose time alone tells it changed', () => {
    convert();
    const expected = contents(out);
    const article = path.join(out, '000-1a0fa30b9826f976.mdx');
    writeFileSync(article, expected['000-1a0fa30b9826f976.mdx'].replace(/[a-z]/g, 'x'));
    expect(convert().stdout).toContain('1 written, 0 removed, 0 warning(s); 0 converted, 2 unchanged');
    expect(contents(out)).toEqual(expected);
  });

  it('takes an article whose size and time are those it recorded as written, without reading it, as make and git do', () => {
    convert();
    const article = path.join(out, '000-1a0fa30b9826f976.mdx');
    const tampered = readFileSync(article, 'utf8').replace(/[a-z]/g, 'x');
    writeFileSync(article, tampered);
    // The record now gives the time of the tampered file: only reading it could tell.
    const { record } = cacheFiles();
    const state = JSON.parse(readFileSync(record, 'utf8')) as { outputs: [string, string, number, number][] };
    for (const output of state.outputs) if (output[0] === '000-1a0fa30b9826f976.mdx') output[3] = statSync(article).mtimeMs;
    writeFileSync(record, JSON.stringify(state));
    expect(convert().stdout).toContain('0 written, 0 removed, 0 warning(s); 0 converted, 2 unchanged');
    expect(readFileSync(article, 'utf8')).toBe(tampered);
  });

  it('with --jobs, counts and writes what one thread does, and refuses a count that is no number of threads', () => {
    addGeneratedSeeds();
    const expected = uncached();
    expect(convert(seeds, { flags: ['--jobs', '2'] }).stdout).toContain('8 written, 0 removed, 0 warning(s); 8 converted, 0 unchanged');
    expect(contents(out)).toEqual(expected);
    const { status, stderr } = convert(seeds, { flags: ['--jobs', '0'] });
    expect(status).not.toBe(0);
    expect(stderr).toContain('--jobs takes a whole number of threads');
  });

  it('with --no-cache, converts every seed and leaves no cache behind', () => {
    convert(seeds, { flags: ['--no-cache'] });
    expect(existsSync(path.join(tmp, 'cache'))).toBe(false);
    expect(convert(seeds, { flags: ['--no-cache'] }).stdout).toContain('0 written, 0 removed, 0 warning(s); 2 converted, 0 unchanged');
  });
});
