import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureSite, pageKind } from '../../scripts/bench/measure-site.ts';

describe('pageKind', () => {
  it('files a page under its first segment, the home page under index', () => {
    expect(pageKind('index.html')).toBe('index');
    expect(pageKind('articles/gaza/index.html')).toBe('articles');
    expect(pageKind('archives/index.html')).toBe('archives');
    expect(pageKind('lieux/gaza/2/index.html')).toBe('lieux');
    expect(pageKind('sujets/lettre-ouverte/index.html')).toBe('sujets');
    expect(pageKind('personnes/lettre-m-2/index.html')).toBe('personnes');
  });

  it('files the index of a kind of name and its pages by initial apart from the names', () => {
    expect(pageKind('lieux/index.html')).toBe('lieux (index)');
    expect(pageKind('personnes/lettre-m/index.html')).toBe('personnes (index)');
    expect(pageKind('sujets/lettre-autres/3/index.html')).toBe('sujets (index)');
  });
});

describe('measureSite', () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  it('counts HTML pages by kind with their median and largest size, and the search index apart', async () => {
    const site = await mkdtemp(path.join(os.tmpdir(), 'veille-measure-'));
    folders.push(site);
    const files: [string, number][] = [
      ['index.html', 10],
      ['personnes/index.html', 300],
      ['personnes/lettre-a/index.html', 200],
      ['personnes/lettre-a/2/index.html', 100],
      ['personnes/ali-abbas/index.html', 40],
      ['personnes/ali-abbas/2/index.html', 20],
      ['pagefind/pagefind.js', 1000],
    ];
    for (const [file, bytes] of files) {
      await mkdir(path.dirname(path.join(site, file)), { recursive: true });
      await writeFile(path.join(site, file), 'x'.repeat(bytes));
    }
    expect(measureSite(site)).toEqual({
      totalBytes: 1670,
      pagefindBytes: 1000,
      pages: 6,
      kinds: {
        index: { pages: 1, medianBytes: 10, maxBytes: 10 },
        personnes: { pages: 2, medianBytes: 40, maxBytes: 40 },
        'personnes (index)': { pages: 3, medianBytes: 200, maxBytes: 300 },
      },
    });
  });
});
