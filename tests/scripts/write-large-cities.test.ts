import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let tmp: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'veille-cities-test-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('node scripts/write-large-cities.ts', () => {
  it('writes, from the installed package, the very file the gazetteer reads', () => {
    const target = path.join(tmp, 'large-cities.json');
    const run = spawnSync(process.execPath, ['scripts/write-large-cities.ts', target], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^write-large-cities: \d{4} cities written to /);
    expect(readFileSync(target, 'utf8')).toBe(readFileSync(path.join(root, 'src/entities/data/large-cities.json'), 'utf8'));
  });
});
