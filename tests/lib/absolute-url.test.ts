import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/absolute-url.ts';

describe('absoluteUrl', () => {
  it('places a site path at the root of a domain', () => {
    expect(absoluteUrl('/articles/x/', 'https://veille.example.org')).toBe('https://veille.example.org/articles/x/');
    expect(absoluteUrl('/', 'https://veille.example.org/')).toBe('https://veille.example.org/');
  });

  it('keeps the sub-path of the site URL, with or without its final slash', () => {
    expect(absoluteUrl('/articles/x/', 'https://host/archive')).toBe('https://host/archive/articles/x/');
    expect(absoluteUrl('/rss.xml', 'https://host/archive/')).toBe('https://host/archive/rss.xml');
    expect(absoluteUrl('/', 'https://host/archive')).toBe('https://host/archive/');
  });

  it('drops a query or fragment of the site URL', () => {
    expect(absoluteUrl('/a/', 'https://host/?x=1#y')).toBe('https://host/a/');
  });
});
