import { describe, expect, it } from 'vitest';
import { createBuildPass } from '../../src/integrations/build-pass.ts';
import type { SearchIndex } from '../../src/integrations/search-index.ts';

/** A search index that records what it is given, and fails on the pages it is told to. */
function recordingIndex(failOn = new Set<string>()): SearchIndex & { pages: string[] } {
  const pages: string[] = [];
  return {
    pages,
    async add(page, html) {
      if (failOn.has(page)) throw new Error(`cannot index ${page}`);
      if (!html.includes('data-pagefind-body')) return false;
      pages.push(page);
      return true;
    },
    async files() {
      return [];
    },
    async close() {},
  };
}

const ARTICLE = '<html><body><a href="/">Accueil</a><article data-pagefind-body>Texte</article><script type="module" src="/_astro/site.js"></script></body></html>';
const LISTING = '<html><body><a href="/articles/x/">x</a></body></html>';

describe('createBuildPass', () => {
  it('indexes articles only, rewrites every page for disk, and collects the scripts pages run', async () => {
    const index = recordingIndex();
    const pass = createBuildPass(index, '/');
    expect(await pass.page('articles/x/index.html', ARTICLE)).toBe(
      '<html><body><a href="../../index.html">Accueil</a><article data-pagefind-body>Texte</article><script defer src="../../_astro/site.js"></script></body></html>',
    );
    expect(await pass.page('lieux/gaza/index.html', LISTING)).toBe('<html><body><a href="../../articles/x/index.html">x</a></body></html>');
    const { files, indexed, scripts } = await pass.finish();
    expect(index.pages).toEqual(['articles/x/index.html']);
    expect({ files: [...files], indexed, scripts: [...scripts] }).toEqual({
      files: ['articles/x/index.html', 'lieux/gaza/index.html'],
      indexed: 1,
      scripts: ['/_astro/site.js'],
    });
  });

  it('keeps the 404 page on addresses from the site root, under its base path', async () => {
    const pass = createBuildPass(recordingIndex(), '/archive/');
    expect(await pass.page('404.html', LISTING)).toBe('<html><body><a href="/archive/articles/x/">x</a></body></html>');
  });

  it('reports a page Pagefind could not index when the pass finishes, not as an unhandled failure', async () => {
    const pass = createBuildPass(recordingIndex(new Set(['articles/x/index.html'])), '/');
    await pass.page('articles/x/index.html', ARTICLE);
    await expect(pass.finish()).rejects.toThrow('cannot index articles/x/index.html');
  });

  it('makes rendering wait while too many pages are still being indexed', async () => {
    const releases: (() => void)[] = [];
    const slowIndex: SearchIndex = {
      add: () => new Promise<boolean>((resolve) => releases.push(() => resolve(true))),
      files: async () => [],
      close: async () => {},
    };
    const pass = createBuildPass(slowIndex, '/', 2);
    await pass.page('articles/a/index.html', ARTICLE);
    await pass.page('articles/b/index.html', ARTICLE);
    let thirdDone = false;
    const third = pass.page('articles/c/index.html', ARTICLE).then(() => (thirdDone = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect({ thirdDone, sent: releases.length }).toEqual({ thirdDone: false, sent: 2 });
    releases[0]();
    await third;
    expect(releases.length).toBe(3);
    releases.slice(1).forEach((release) => release());
    expect((await pass.finish()).indexed).toBe(3);
  });

  it('fails the next page once a page could not be indexed', async () => {
    const pass = createBuildPass(recordingIndex(new Set(['articles/x/index.html'])), '/');
    await pass.page('articles/x/index.html', ARTICLE);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(pass.page('articles/y/index.html', ARTICLE)).rejects.toThrow('cannot index articles/x/index.html');
  });
});
