import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdsRecorded, writeArticles } from '../../scripts/article-files.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'veille-articles-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('writeArticles', () => {
  it('writes new and changed articles, keeps the same ones, removes those no seed gives, and leaves other files alone', () => {
    const first = writeArticles(dir, files({ 'a.mdx': 'A', 'b.mdx': 'B', 'c.mdx': 'C' }));
    expect(first).toMatchObject({ written: 3, removed: 0 });
    writeFileSync(path.join(dir, 'LISEZMOI.md'), 'notes');
    const keptTime = statSync(path.join(dir, 'a.mdx')).mtimeMs;
    const second = writeArticles(dir, files({ 'a.mdx': 'A', 'b.mdx': 'B2' }), first.records);
    expect(second).toMatchObject({ written: 1, removed: 1 });
    expect(readdirSync(dir).sort()).toEqual(['LISEZMOI.md', 'a.mdx', 'b.mdx']);
    expect(readFileSync(path.join(dir, 'b.mdx'), 'utf8')).toBe('B2');
    expect(statSync(path.join(dir, 'a.mdx')).mtimeMs).toBe(keptTime);
  });

  it('records each article as it is on disk: name, SHA-256, size and time, no time when written just now', () => {
    const { records } = writeArticles(dir, files({ 'é.mdx': 'été' }));
    const stats = statSync(path.join(dir, 'é.mdx'));
    const hash = createHash('sha256').update('été').digest('hex');
    expect(records).toEqual([['é.mdx', hash, stats.size, -1]]);
    // Written long enough ago, its time is recorded and then trusted.
    utimesSync(path.join(dir, 'é.mdx'), new Date(2024, 0, 1), new Date(2024, 0, 1));
    const later = writeArticles(dir, files({ 'é.mdx': 'été' }), records);
    expect(later.records).toEqual([['é.mdx', hash, stats.size, new Date(2024, 0, 1).getTime()]]);
    expect(stats.size).toBe(Buffer.byteLength('été'));
  });

  it('reads an article whose time differs from the record, and rewrites it when its content differs too', () => {
    const { records } = writeArticles(dir, files({ 'a.mdx': 'AAAA' }));
    writeFileSync(path.join(dir, 'a.mdx'), 'BBBB');
    expect(writeArticles(dir, files({ 'a.mdx': 'AAAA' }), records).written).toBe(1);
    expect(readFileSync(path.join(dir, 'a.mdx'), 'utf8')).toBe('AAAA');
  });
});

describe('holdsRecorded', () => {
  it('is true for the folder as written, false with an article missing, added or changed', () => {
    const { records } = writeArticles(dir, files({ 'a.mdx': 'A', 'b.mdx': 'B' }));
    expect(holdsRecorded(dir, records)).toBe(true);
    writeFileSync(path.join(dir, 'notes.txt'), 'not an article');
    expect(holdsRecorded(dir, records)).toBe(true);
    writeFileSync(path.join(dir, 'c.mdx'), 'C');
    expect(holdsRecorded(dir, records)).toBe(false);
    rmSync(path.join(dir, 'c.mdx'));
    writeFileSync(path.join(dir, 'a.mdx'), 'Z');
    expect(holdsRecorded(dir, records)).toBe(false);
    writeFileSync(path.join(dir, 'a.mdx'), 'A');
    expect(holdsRecorded(dir, records)).toBe(true);
    rmSync(path.join(dir, 'b.mdx'));
    expect(holdsRecorded(dir, records)).toBe(false);
  });
});
