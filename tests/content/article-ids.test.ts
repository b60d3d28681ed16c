import { describe, expect, it } from 'vitest';
import { ArticleIds, SlugClaimedTwice } from '../../src/content/article-ids.ts';

describe('ArticleIds', () => {
  it('gives each file its slug, and returns the slug a file held before when it changes', () => {
    const ids = new ArticleIds();
    expect(ids.claim('a.mdx', 'premier')).toBeUndefined();
    expect(ids.claim('a.mdx', 'premier')).toBeUndefined();
    expect(ids.claim('a.mdx', 'renomme')).toBe('premier');
    expect(ids.has('premier')).toBe(false);
    expect(ids.has('renomme')).toBe(true);
  });

  it('refuses a slug another file holds, naming that file, until that file lets it go', () => {
    const ids = new ArticleIds();
    ids.claim('a.mdx', 'commun');
    expect(() => ids.claim('b.mdx', 'commun')).toThrow(new SlugClaimedTwice('slug "commun" is also the slug of a.mdx'));
    expect(ids.release('a.mdx')).toBe('commun');
    expect(ids.claim('b.mdx', 'commun')).toBeUndefined();
    expect(ids.release('a.mdx')).toBeUndefined();
  });
});
