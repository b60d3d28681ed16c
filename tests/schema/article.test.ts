import fc from 'fast-check';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema, isLanguageTag } from '../../src/schema/article.ts';

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

describe('articleSchema, lists of names', () => {
  // The same rules in zod's own words: a schema for each name, and a refinement.
  const reference = z
    .array(z.string().trim().min(1).max(200))
    .refine((names) => new Set(names).size === names.length, 'names must not repeat');
  const outcome = (result: { success: boolean; data?: unknown; error?: z.ZodError }) =>
    result.success ? { data: result.data } : { issues: result.error!.issues.map(({ code, path, message }) => ({ code, path, message })) };

  it('trims and checks names as zod would name by name, issues and messages alike', () => {
    const long = 'a'.repeat(200);
    const name = fc.oneof(fc.constantFrom('', ' ', 'Paris', ' Paris', 'Paris ', 'Lyon', long, `${long}b`, ` ${long} `), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 6 }), (names) => {
        for (const field of ['people', 'places', 'organizations', 'topics', 'sources'] as const) {
          expect(outcome(articleSchema.shape[field].safeParse(names))).toEqual(outcome(reference.safeParse(names)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects an empty name, a name too long and a name given twice', () => {
    const issues = (names: string[]) => outcome(articleSchema.shape.people.safeParse(names)).issues?.map((issue) => [issue.code, issue.path]);
    expect(issues(['Paris', ' '])).toEqual([['too_small', [1]]]);
    expect(issues(['a'.repeat(201)])).toEqual([['too_big', [0]]]);
    expect(issues(['Paris', 'Paris '])).toEqual([['custom', []]]);
    expect(articleSchema.shape.places.parse([' Paris ', 'Lyon'])).toEqual(['Paris', 'Lyon']);
  });
});

