import { describe, expect, it } from 'vitest';
import { classicScripts, prefixedLinks, relativeAddress, relativeLinks, scriptAddresses } from '../../../src/integrations/offline/relative-links.ts';

describe('relativeAddress', () => {
  it.each([
    ['/', '.', 'index.html'],
    ['/', 'articles/x', '../../index.html'],
    ['/articles/x/', '.', 'articles/x/index.html'],
    ['/articles/x/', 'articles/y', '../x/index.html'],
    ['/recherche/?q=a&lieu=b#r', 'lieux/gaza', '../../recherche/index.html?q=a&lieu=b#r'],
    ['/_astro/a.css', 'archives/2024/06', '../../../_astro/a.css'],
  ])('%s seen from %s is %s', (address, from, expected) => {
    expect(relativeAddress(address, from)).toBe(expected);
  });
});

describe('relativeLinks', () => {
  it('rewrites site addresses in tags only, and leaves other addresses alone', () => {
    const html =
      '<a href="/articles/x/">a</a><link rel="canonical" href="https://site.org/a/"><a href="#contenu">b</a>' +
      '<form action="/recherche/"></form><img src="//cdn.example/x.png"><p>href="/texte/"</p>';
    expect(relativeLinks(html, 'archives/index.html')).toBe(
      '<a href="../articles/x/index.html">a</a><link rel="canonical" href="https://site.org/a/"><a href="#contenu">b</a>' +
        '<form action="../recherche/index.html"></form><img src="//cdn.example/x.png"><p>href="/texte/"</p>',
    );
  });
});

describe('prefixedLinks', () => {
  it('places site addresses under a base path', () => {
    expect(prefixedLinks('<a href="/a/">x</a><a href="https://x.org/">y</a>', '/archive')).toBe('<a href="/archive/a/">x</a><a href="https://x.org/">y</a>');
  });
});

describe('classicScripts', () => {
  it('turns module scripts into deferred classic ones and lists them', () => {
    const { html, scripts } = classicScripts('<script type="module" src="/_astro/a.js"></script><script type="module">inline()</script>');
    expect(html).toBe('<script defer src="/_astro/a.js"></script><script type="module">inline()</script>');
    expect(scripts).toEqual(['/_astro/a.js']);
  });
});

describe('scriptAddresses', () => {
  it('lists the scripts a page runs and the one it loads on demand, by site address', () => {
    const html =
      '<script type="application/ld+json">{}</script><script>inline()</script>' +
      '<script defer src="/_astro/site.js" data-search-script="/_astro/search.js"></script><script src="https://cdn.example/x.js"></script>';
    expect(scriptAddresses(html)).toEqual(['/_astro/site.js', '/_astro/search.js']);
  });
});

describe('relativeLinks over many pages', () => {
  it('resolves every address as relativeAddress does, whatever was resolved before', () => {
    const addresses = ['/', '/archives/', '/archives/2024/06/', '/articles/a/', '/articles/b/?q=1#x', '/lieux/paris/2/', '/a-propos/'];
    const pages = ['index.html', 'articles/a/index.html', 'articles/b/index.html', 'archives/2024/index.html', 'lieux/paris/2/index.html', 'lieux/index.html'];
    for (let round = 0; round < 2; round++) {
      for (const page of pages) {
        const html = addresses.map((address) => `<a href="${address}">x</a>`).join('');
        const from = page.includes('/') ? page.slice(0, page.lastIndexOf('/')) : '.';
        const expected = addresses.map((address) => `<a href="${relativeAddress(address, from)}">x</a>`).join('');
        expect(relativeLinks(html, page)).toBe(expected);
      }
    }
  });
});
