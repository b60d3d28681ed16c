import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisHelpers, SEEDS_PER_THREAD, threadsFor } from '../../scripts/analysis-helpers.ts';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { analyzeSeed, analyzeSeeds, type SeedFile } from '../../src/convert/analyze-seed.ts';

const root = path.resolve(import.meta.dirname, '../..');
const generated = (count: number): SeedFile[] =>
  generateCorpus(count, 4).map(({ name, text }) => ({ path: `seeds/${name}`, bytes: new TextEncoder().encode(text) }));
const seeds = [...generated(200), { path: 'seeds/vide.txt', bytes: new Uint8Array() }];
// No bytes to decode: analysing it throws.
const broken = { path: 'seeds/casse.txt', bytes: 42 } as unknown as SeedFile;

/** Waits `ms` milliseconds without giving the thread back, as a slow analysis does. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

let helpers: AnalysisHelpers | undefined;
afterEach(() => helpers?.close());

describe('AnalysisHelpers', { timeout: 60_000 }, () => {
  it('gives on several threads, this one included, in seed order, what analysing each seed here gives', async () => {
    helpers = new AnalysisHelpers(2);
    expect(helpers.threads).toBe(3);
    const here: string[] = [];
    const analyses = await helpers.analyze(seeds, (batch) => (here.push(...batch.map(({ path }) => path)), analyzeSeeds(batch)));
    expect(analyses).toEqual(seeds.map(analyzeSeed));
    // Each helper is handed two batches of 25 before this thread takes any.
    expect(here.length).toBeGreaterThan(0);
    expect(here.length).toBeLessThanOrEqual(seeds.length - 100);
    expect(new Set(here).size).toBe(here.length);
  });

  it('with no helper, analyses every seed here', async () => {
    helpers = new AnalysisHelpers(0);
    expect(helpers.threads).toBe(1);
    let here = 0;
    expect(await helpers.analyze(seeds.slice(0, 30), (batch) => ((here += batch.length), analyzeSeeds(batch)))).toEqual(seeds.slice(0, 30).map(analyzeSeed));
    expect(here).toBe(30);
  });

  it('keeps as many helpers as asked, and stops the others', async () => {
    helpers = new AnalysisHelpers(3);
    await helpers.keep(1);
    expect(helpers.threads).toBe(2);
    expect(await helpers.analyze(seeds.slice(0, 60), analyzeSeeds)).toEqual(seeds.slice(0, 60).map(analyzeSeed));
  });

  it('fails when a helper does, and stops analysing here rather than going on to the end', async () => {
    helpers = new AnalysisHelpers(1);
    const here: SeedFile[] = [];
    // The helper has the first batch, with the broken seed; this thread is slow enough that,
    // going on to the end, it would analyse the other 175 seeds.
    const analyzing = helpers.analyze([broken, ...seeds], (batch) => (here.push(...batch), busy(10 * batch.length), analyzeSeeds(batch)));
    await expect(analyzing).rejects.toThrow();
    expect(here).not.toContain(broken);
    expect(here.length).toBeLessThan(150);
  });

  it('fails when this thread’s own analysis throws, and then stops', async () => {
    helpers = new AnalysisHelpers(1);
    const boom = () => {
      throw new Error('analysis failed here');
    };
    await expect(helpers.analyze(seeds, boom)).rejects.toThrow('analysis failed here');
    await helpers.close();
  });

  it('lets the process end once closed, after a success or a helper’s failure', () => {
    // In a process of its own: here, the test runner keeps the event loop alive anyway.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'veille-helpers-'));
    const script = path.join(dir, 'run.mjs');
    writeFileSync(
      script,
      `import { AnalysisHelpers } from ${JSON.stringify(pathToFileURL(path.join(root, 'scripts', 'analysis-helpers.ts')).href)};
      const seeds = [{ path: 'seeds/a.txt', bytes: new TextEncoder().encode('Titre\\n\\nUn paragraphe.') }];
      for (const bytes of [seeds[0].bytes, 42]) {
        const helpers = new AnalysisHelpers(2);
        const analyzeHere = (seed) => ({ path: seed.path });
        const outcome = await helpers.analyze([{ path: 'seeds/b.txt', bytes }, ...seeds], analyzeHere).then(() => 'ok', () => 'failed');
        await helpers.close();
        console.log(outcome);
      }`,
    );
    try {
      const run = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 30_000 });
      expect(run.stdout.trim().split('\n')).toEqual(['ok', 'failed']);
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('threadsFor', () => {
  it(`counts one thread per ${SEEDS_PER_THREAD} seeds at most, up to the threads allowed, and never none`, () => {
    const per = SEEDS_PER_THREAD;
    expect([0, per - 1, per, 2 * per - 1, 2 * per, 3 * per, 40 * per].map((count) => threadsFor(count, 4))).toEqual([1, 1, 1, 1, 2, 3, 4]);
    expect(threadsFor(40 * per, 1)).toBe(1);
    expect(threadsFor(30, 3, 10)).toBe(3);
  });
});
