import { describe, expect, it } from 'vitest';
import { countArticles } from '../../src/lib/count-articles.ts';

describe('countArticles', () => {
  it('says « article » for one and none, « articles » beyond, digits grouped the French way', () => {
    expect(countArticles(0)).toBe('0 article');
    expect(countArticles(1)).toBe('1 article');
    expect(countArticles(2)).toBe('2 articles');
    expect(countArticles(1250)).toBe('1\u202F250 articles');
  });
});
