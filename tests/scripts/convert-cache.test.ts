import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCache, readAnalyses, readState, writeAnalyses } from '../../scripts/convert-cache.ts';
import { analyzeSeed, type SeedAnalysis } from '../../src/convert/analyze-seed.ts';

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
const open = (seeds = '/s', out = '/o') => openCache(root, path.join(root, 'cache'), seeds, out);
/** Gives the cache's files another time, as another run would: this process then reads them from disk, not from memory. */
const touchFiles = (cache: { analyses: string }) => {
  for (const name of readdirSync(cache.analyses)) utimesSync(path.join(cache.analyses, name), 1_000_000_000, 1_000_000_000);
};
/**
 * Other bytes of the same size, with the same time: only reading the file would tell. The time
 * is set back with touch, to the nanosecond: Node's utimes takes seconds as a floating-point
 * number, and Node 22's keeps only some of a time's microseconds.
 */
const blankKeepingStamp = (file: string) => {
  const { size, mtimeNs } = statSync(file, { bigint: true });
  writeFileSync(file, Buffer.alloc(Number(size)));
  const seconds = `${mtimeNs / 1_000_000_000n}.${String(mtimeNs % 1_000_000_000n).padStart(9, '0')}`;
  execFileSync('touch', ['-m', '-d', `@${seconds}`, file]);
};

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'veille-cache-'));
  write('src/convert/convert-seeds.ts', "import { a } from './a.ts';\nimport data from '../data/words.json' with { type: 'json' };\n");
  write('src/convert/a.ts', "export { b } from '../lib/b.ts';\n");
  write('src/lib/b.ts', 'export const b = 1;\n');
  write('src/data/words.json', '["mot"]');
  write('src/unrelated.ts', 'export const c = 1;\n');
  write('package-lock.json', '{"lockfileVersion":3}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writeAnalyses', () => {
  it('rewrites only the files holding an analysis that changed or went', async () => {
    const cache = await open();
    const analyses = Array.from({ length: 200 }, (_, index): SeedAnalysis => ({ path: `seeds/${index}.txt`, hash: `h${index}`, problems: [] }));
    await writeAnalyses(cache, analyses, new Map());
    touchFiles(cache);
    const kept = await readAnalyses(cache);
    expect(kept).toEqual(new Map(analyses.map((analysis) => [analysis.path, analysis])));
    const stamps = () => new Map(readdirSync(cache.analyses).map((name) => [name, statSync(path.join(cache.analyses, name)).mtimeMs]));
    const before = stamps();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const next = [...kept.values()].filter((analysis) => analysis.path !== 'seeds/7.txt');
    next[0] = { ...next[0], hash: 'changed' };
    await writeAnalyses(cache, next, kept);
    const after = stamps();
    expect([...after].filter(([name, time]) => before.get(name) !== time).length).toBeLessThanOrEqual(2);
    touchFiles(cache);
    expect(await readAnalyses(cache)).toEqual(new Map(next.map((analysis) => [analysis.path, analysis])));
  });
});

describe('writeAnalyses without bodies', () => {
  it("keeps each analysis but its article's body, and never reads that body", async () => {
    const cache = await open();
    const analysis = analyzeSeed({ path: 'seeds/a.txt', bytes: new TextEncoder().encode('Le Pentagone a confirmé la défense antimissile.') });
    const { data, topicsGiven, terms } = analysis.article!;
    const unread: SeedAnalysis = {
      ...analysis,
      article: {
        data,
        topicsGiven,
        terms,
        get body(): string {
          throw new Error('body read');
        },
      },
    };
    await writeAnalyses(cache, [unread], new Map());
    touchFiles(cache);
    const { body, ...kept } = analysis.article!;
    expect(body).not.toBe('');
    expect((await readAnalyses(cache)).get('seeds/a.txt')).toEqual({ ...analysis, article: kept });
  });
});

describe('readAnalyses in the process that kept them', () => {
  const analyses = Array.from({ length: 50 }, (_, index): SeedAnalysis => ({ path: `seeds/${index}.txt`, hash: `h${index}`, problems: [] }));
  const byPath = (list: SeedAnalysis[]) => new Map(list.map((analysis) => [analysis.path, analysis]));

  it('answers from memory while the files are as it left them, without reading them', async () => {
    const cache = await open();
    await writeAnalyses(cache, analyses, new Map());
    for (const name of readdirSync(cache.analyses)) blankKeepingStamp(path.join(cache.analyses, name));
    expect(await readAnalyses(cache)).toEqual(byPath(analyses));
  });

  it('removes the files that hold none of its analyses, and then still answers from memory', async () => {
    const cache = await open();
    mkdirSync(cache.analyses, { recursive: true });
    // What an older converter left: a file in every place and one beyond, none of this version.
    for (let shard = 0; shard <= 32; shard++) writeFileSync(path.join(cache.analyses, `${shard}.bin`), v8.serialize({ version: 'older', analyses: [] }));
    const [analysis] = analyses;
    await writeAnalyses(cache, [analysis], new Map());
    const files = readdirSync(cache.analyses);
    expect(files).toHaveLength(1);
    blankKeepingStamp(path.join(cache.analyses, files[0]));
    expect(await readAnalyses(cache)).toEqual(byPath([analysis]));
  });

  it('reads the files again once another run has rewritten one', async () => {
    const cache = await open();
    await writeAnalyses(cache, analyses, new Map());
    const file = path.join(cache.analyses, readdirSync(cache.analyses)[0]);
    const other: SeedAnalysis = { path: 'seeds/a-seed-another-run-converted.txt', hash: 'h', problems: [] };
    const before = statSync(file).size;
    writeFileSync(file, v8.serialize({ version: cache.version, analyses: [other] }));
    // Written within the same clock tick, the file's size alone tells it changed.
    expect(statSync(file).size).not.toBe(before);
    const kept = await readAnalyses(cache);
    expect(kept.get(other.path)).toEqual(other);
    expect(kept.size).toBeLessThan(analyses.length);
  });
});

describe('openCache', () => {
  it('gives the same version for the same converter, and files of their own to each pair of folders', async () => {
    const cache = await open();
    expect(await open()).toEqual(cache);
    const other = await open('/s', '/elsewhere');
    expect(other.version).toBe(cache.version);
    expect(other.state).not.toBe(cache.state);
    expect(other.analyses).not.toBe(cache.analyses);
  });

  it.each([
    ['the converter', 'src/convert/convert-seeds.ts'],
    ['a module it imports through another', 'src/lib/b.ts'],
    ['a data file it imports', 'src/data/words.json'],
    ['the installed packages', 'package-lock.json'],
  ])('changes version when %s changes', async (_, file) => {
    const before = (await open()).version;
    write(file, `${file.endsWith('.json') ? '{}' : '// edited\n'}`);
    expect((await open()).version).not.toBe(before);
  });

  it('keeps its version when a file the converter does not import changes', async () => {
    const before = (await open()).version;
    write('src/unrelated.ts', 'export const c = 2;\n');
    expect((await open()).version).toBe(before);
  });

  it('reads nothing from missing, damaged or other-version files', async () => {
    const cache = await open();
    expect(await readAnalyses(cache)).toEqual(new Map());
    expect(await readState(cache)).toBeUndefined();
    const analysis: SeedAnalysis = { path: 'seeds/a.txt', hash: 'h', problems: [] };
    await writeAnalyses(cache, [analysis], new Map());
    touchFiles(cache);
    expect(await readAnalyses(cache)).toEqual(new Map([['seeds/a.txt', analysis]]));
    write('src/lib/b.ts', 'export const b = 2;\n');
    expect(await readAnalyses(await open())).toEqual(new Map());
    for (const name of readdirSync(cache.analyses)) writeFileSync(path.join(cache.analyses, name), 'not a cache');
    writeFileSync(cache.state, '{ broken');
    expect(await readAnalyses(cache)).toEqual(new Map());
    expect(await readState(cache)).toBeUndefined();
  });
});
