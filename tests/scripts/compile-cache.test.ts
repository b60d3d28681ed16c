import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
let tmp: string;
beforeEach(() => (tmp = mkdtempSync(path.join(os.tmpdir(), 'veille-compile-cache-'))));
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs a `node …` command of package.json on the project's seeds, and gives what Node says of each TypeScript module's transpilation. */
function transpilations(command: string): string[] {
  const [node, ...args] = command.split(' ');
  expect(node).toBe('node');
  // Node's own default place, in a temporary folder of this test's.
  const { NODE_COMPILE_CACHE, ...inherited } = process.env;
  const env = { ...inherited, TMPDIR: tmp, NODE_DEBUG_NATIVE: 'COMPILE_CACHE', VEILLE_CACHE_DIR: path.join(tmp, 'cache') };
  const result = spawnSync(process.execPath, [...args, '--out', path.join(tmp, 'out'), '--no-cache'], { cwd: root, encoding: 'utf8', env });
  expect(result.status, result.stderr).toBe(0);
  return result.stderr.split('\n').filter((line) => /transpil/.test(line) && /StrippedTypeScript/.test(line));
}

// Node 22 keeps the compiled code of a TypeScript module in its compile cache, but strips its
// types anew at every run (22.23.5 says nothing of a transpile cache): the cache below is Node 24's.
const keepsStrippedTypeScript = Number(process.versions.node.split('.')[0]) >= 23;

describe('npm run convert and Node’s compile cache', { timeout: 60_000 }, () => {
  it.runIf(keepsStrippedTypeScript)('takes every TypeScript module, its entry included, from the cache once a run has filled it', () => {
    const command = scripts.convert;
    expect(transpilations(command).some((line) => /no transpile cache/.test(line))).toBe(true);
    const again = transpilations(command);
    expect(again.some((line) => /scripts\/convert\.ts/.test(line))).toBe(true);
    expect(again.some((line) => /src\/convert\/analyze-seed\.ts/.test(line))).toBe(true);
    expect(again.filter((line) => !/retrieving transpile cache .*success/.test(line))).toEqual([]);
  });

  it.runIf(keepsStrippedTypeScript)('takes only the modules loaded after the entry from the cache without the preload', () => {
    transpilations(scripts.convert);
    const direct = transpilations('node scripts/convert.ts').filter((line) => /retrieving transpile cache .*success/.test(line));
    expect(direct.some((line) => /src\/convert\/analyze-seed\.ts/.test(line))).toBe(true);
    expect(direct.some((line) => /scripts\/convert\.ts/.test(line))).toBe(false);
  });

  it('gives worker threads and child processes the cache of the process that preloads it, not one inside it', () => {
    const { NODE_COMPILE_CACHE, ...inherited } = process.env;
    const script = `
      const { getCompileCacheDir } = require('node:module');
      const { execFileSync } = require('node:child_process');
      const { Worker } = require('node:worker_threads');
      const child = execFileSync(process.execPath, ['-p', 'require("node:module").getCompileCacheDir()'], { encoding: 'utf8' }).trim();
      const code = 'require("node:worker_threads").parentPort.postMessage(require("node:module").getCompileCacheDir())';
      new Worker(code, { eval: true }).on('message', (worker) => console.log(JSON.stringify([getCompileCacheDir(), child, worker])));`;
    const result = spawnSync(process.execPath, ['--import', './scripts/compile-cache.mjs', '-e', script], { cwd: root, encoding: 'utf8', env: { ...inherited, TMPDIR: tmp } });
    expect(result.status, result.stderr).toBe(0);
    const [own, child, worker] = JSON.parse(result.stdout) as string[];
    expect(own.startsWith(tmp)).toBe(true);
    expect([child, worker]).toEqual([own, own]);
  });
});
