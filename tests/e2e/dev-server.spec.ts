import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './support/site-build.ts';

let server: ChildProcess;
let seeds: string;
let log = '';
let address = '';

// The development server, as an editor runs it, on a copy of the seeds.
test.beforeAll(async () => {
  test.setTimeout(90_000);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'veille-dev-'));
  seeds = path.join(folder, 'seeds');
  await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  server = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '4390', '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, SEEDS_DIR: seeds, VEILLE_ARTICLES_DIR: path.join(folder, 'articles'), ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  // Astro takes the next free port when 4390 is taken: read the address it prints.
  await expect.poll(() => log, { timeout: 60_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\//);
  address = /http:\/\/127\.0\.0\.1:\d+\//.exec(log)![0];
});
test.afterAll(() => {
  server?.kill();
});

test('saving a seed updates the open page, and a broken seed is reported without stopping the server', async ({ page }) => {
  test.setTimeout(90_000);
  const seed = path.join(seeds, '000_1a0fa30b9826f976.txt');
  await page.goto(`${address}articles/000-1a0fa30b9826f976/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Les principaux dirigeants');

  const saved = Date.now();
  await writeFile(seed, `title: Titre changé pendant la lecture\n${await readFile(seed, 'utf8')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Titre changé pendant la lecture', { timeout: 15_000 });
  test.info().annotations.push({ type: 'update latency', description: `${Date.now() - saved} ms` });

  await writeFile(path.join(seeds, 'casse.txt'), 'date 2024-13 Une date impossible.\n');
  await expect.poll(() => log, { timeout: 15_000 }).toContain('casse.txt:1: error: impossible or malformed date "2024-13"');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Titre changé pendant la lecture');
  expect(server.exitCode).toBeNull();
});
