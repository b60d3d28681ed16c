import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdsRecorded, writeArticles } from '../../scripts/article-files.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'veille-articles-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Articles whose key is their content: equal keys, equal contents, as writeArticles expects.
const files = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([name, mdx]) => [name, { mdx, key: mdx }]));

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
    expect(records).toEqual([['é.mdx', hash, stats.size, -1, 'été']]);
    // Written long enough ago, its time is recorded and then trusted.
    utimesSync(path.join(dir, 'é.mdx'), new Date(2024, 0, 1), new Date(2024, 0, 1));
    const later = writeArticles(dir, files({ 'é.mdx': 'été' }), records);
    expect(later.records).toEqual([['é.mdx', hash, stats.size, new Date(2024, 0, 1).getTime(), 'été']]);
    expect(stats.size).toBe(Buffer.byteLength('été'));
  });

  it('writes each article whole and alone, long or short, whatever was written before it', () => {
    // Longer than any buffer a writer would start with, then shorter than the one before.
    const long = '« Défense » — '.repeat(20_000);
    const { records } = writeArticles(dir, files({ 'a.mdx': long, 'b.mdx': 'été', 'c.mdx': '' }));
    expect(['a.mdx', 'b.mdx', 'c.mdx'].map((name) => readFileSync(path.join(dir, name), 'utf8'))).toEqual([long, 'été', '']);
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(records.map((record) => [record[1], record[2]])).toEqual([long, 'été', ''].map((text) => [sha(text), Buffer.byteLength(text)]));
  });

  it('writes and hashes the UTF-8 of every kind of text: Latin-1 only, two-byte, astral, and with a lone surrogate', () => {
    const texts = { 'a.mdx': 'Défense à Paris', 'b.mdx': 'l’armée\u202f: « oui »', 'c.mdx': 'Drapeau 🇫🇷 et 𝐀', 'd.mdx': 'seul \ud83c ici' };
    const { records } = writeArticles(dir, files(texts));
    for (const [index, [name, text]] of Object.entries(texts).entries()) {
      const bytes = Buffer.from(text, 'utf8');
      expect(readFileSync(path.join(dir, name)).equals(bytes)).toBe(true);
      expect(records[index].slice(0, 3)).toEqual([name, createHash('sha256').update(bytes).digest('hex'), bytes.length]);
    }
    // The lone surrogate is written as U+FFFD, as Node's own encoder writes it.
    expect(readFileSync(path.join(dir, 'd.mdx'), 'utf8')).toBe('seul \ufffd ici');
  });

  it('reads an article whose time differs from the record, and rewrites it when its content differs too', () => {
    const { records } = writeArticles(dir, files({ 'a.mdx': 'AAAA' }));
    writeFileSync(path.join(dir, 'a.mdx'), 'BBBB');
    expect(writeArticles(dir, files({ 'a.mdx': 'AAAA' }), records).written).toBe(1);
    expect(readFileSync(path.join(dir, 'a.mdx'), 'utf8')).toBe('AAAA');
  });

  it('does not render an article of the recorded key whose file is as recorded, and renders it when the file changed', () => {
    const { records } = writeArticles(dir, files({ 'a.mdx': 'AAAA', 'b.mdx': 'BBBB' }));
    const settled = new Date(2024, 0, 1);
    for (const name of ['a.mdx', 'b.mdx']) utimesSync(path.join(dir, name), settled, settled);
    const recorded = writeArticles(dir, files({ 'a.mdx': 'AAAA', 'b.mdx': 'BBBB' }), records).records;
    const rendered: string[] = [];
    const lazy = (name: string, mdx: string, key: string) => ({
      key,
      get mdx() {
        rendered.push(name);
        return mdx;
      },
    });
    writeFileSync(path.join(dir, 'b.mdx'), 'changed by hand');
    const again = writeArticles(dir, new Map([['a.mdx', lazy('a.mdx', 'AAAA', 'AAAA')], ['b.mdx', lazy('b.mdx', 'BBBB', 'BBBB')]]), recorded);
    expect(rendered).toEqual(['b.mdx']);
    expect(again.written).toBe(1);
    expect(again.records[0]).toEqual(recorded[0]);
    expect(readFileSync(path.join(dir, 'b.mdx'), 'utf8')).toBe('BBBB');
    // Another key: the article is rendered, and its file left as it is when the content is the same.
    rendered.length = 0;
    const other = writeArticles(dir, new Map([['a.mdx', lazy('a.mdx', 'AAAA', 'other')]]), again.records);
    expect([rendered, other.written, other.records[0][4]]).toEqual([['a.mdx'], 0, 'other']);
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
