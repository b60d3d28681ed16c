import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

it('npm run new creates the seed once and refuses to overwrite it', () => {
  const seeds = mkdtempSync(path.join(os.tmpdir(), 'veille-new-'));
  const run = () =>
    spawnSync(process.execPath, ['scripts/new.ts', 'Trêve à Gaza'], { cwd: root, encoding: 'utf8', env: { ...process.env, SEEDS_DIR: seeds, VEILLE_TODAY: '2026-11-23' } });
  const first = run();
  expect(first.status).toBe(0);
  const file = path.join(seeds, '2026-11-23-treve-a-gaza.txt');
  expect(readFileSync(file, 'utf8')).toContain('title: Trêve à Gaza');
  const second = run();
  expect(second.status).toBe(1);
  expect(second.stderr).toContain('that file exists already');
  expect(readFileSync(file, 'utf8')).toContain('title: Trêve à Gaza');
  rmSync(seeds, { recursive: true, force: true });
});
