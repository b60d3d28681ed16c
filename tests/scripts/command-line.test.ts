import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const run = (script: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });

// Every command an editor or a developer types, with the option each must know.
const commands = [
  { script: 'convert', option: '--no-cache' },
  { script: 'check', option: '--no-code' },
  { script: 'bench', option: '--instructions' },
  { script: 'new', option: 'npm run new' },
];

describe('the commands’ command lines', { timeout: 60_000 }, () => {
  it.each(commands)('$script --help prints its usage and does nothing else', ({ script, option }) => {
    const seeds = mkdtempSync(path.join(os.tmpdir(), 'veille-help-'));
    const result = run(script, ['--help'], { SEEDS_DIR: seeds });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run /);
    expect(result.stdout).toContain(option);
    expect(result.stderr).toBe('');
    expect(readdirSync(seeds)).toEqual([]);
    rmSync(seeds, { recursive: true, force: true });
  });

  it.each(commands)('$script refuses an option it does not know in one line, with its usage, and does nothing', ({ script }) => {
    const seeds = mkdtempSync(path.join(os.tmpdir(), 'veille-option-'));
    const result = run(script, ['--frobnicate'], { SEEDS_DIR: seeds });
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`${script}: error: unknown option '--frobnicate'`);
    expect(result.stderr).toContain('Usage: npm run ');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
    expect(readdirSync(seeds)).toEqual([]);
    rmSync(seeds, { recursive: true, force: true });
  });

  it('convert names an option missing its value', () => {
    const result = run('convert', ['--seeds']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^convert: error: option '--seeds <value>' argument missing\n/);
  });
});
