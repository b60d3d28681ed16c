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
    expect(pass.page('articles/x/index.html', ARTICLE)).toBe(
      '<html><body><a href="../../index.html">Accueil</a><article data-pagefind-body>Texte</article><script defer src="../../_astro/site.js"></script></body></html>',
    );
    expect(pass.page('lieux/gaza/index.html', LISTING)).toBe('<html><body><a href="../../articles/x/index.html">x</a></body></html>');
    const { files, indexed, scripts } = await pass.finish();
    expect(index.pages).toEqual(['articles/x/index.html']);
    expect({ files: [...files], indexed, scripts: [...scripts] }).toEqual({
      files: ['articles/x/index.html', 'lieux/gaza/index.html'],
      indexed: 1,
      scripts: ['/_astro/site.js'],
    });
  });

  it('keeps the 404 page on addresses from the site root, under its base path', () => {
    const pass = createBuildPass(recordingIndex(), '/archive/');
    expect(pass.page('404.html', LISTING)).toBe('<html><body><a href="/archive/articles/x/">x</a></body></html>');
  });

  it('reports a page Pagefind could not index when the pass finishes, not as an unhandled failure', async () => {
    const pass = createBuildPass(recordingIndex(new Set(['articles/x/index.html'])), '/');
    pass.page('articles/x/index.html', ARTICLE);
    await expect(pass.finish()).rejects.toThrow('cannot index articles/x/index.html');
  });
});
