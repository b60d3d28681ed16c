import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLanguageTag } from '../../src/schema/article.ts';

/** What the platform says of a tag, asked afresh. */
function intlSays(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

describe('isLanguageTag', () => {
  it('answers as Intl does, the first time a tag is asked and every time after', () => {
    const tags = ['fr', 'en', 'pt-BR', 'zh-Hant-TW', 'ar', 'x', '', 'fr_FR', 'en-', '123', 'de-DE-1996', 'i-klingon', 'fr fr'];
    for (const tag of [...tags, ...tags]) expect([tag, isLanguageTag(tag)]).toEqual([tag, intlSays(tag)]);
  });

  it('stays right past the bound of what it remembers, on any string', () => {
    const tag = fc.oneof(fc.stringMatching(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/), fc.string({ maxLength: 12 }));
    fc.assert(fc.property(tag, (value) => isLanguageTag(value) === intlSays(value)), { numRuns: 3000 });
  });
});
