import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderMdx } from '../../src/convert/render-mdx.ts';
import type { ArticleData } from '../../src/schema/article.ts';

/** The file as `yaml` writes its front matter, with the options the converter documents. */
function withYaml(data: Record<string, unknown>, body: string): string {
  const defined = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
  return `---\n${stringify(defined, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 })}---\n\n${body}`;
}

const text = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '---', '...', '%x', 'true', 'null', '#', 'a: b', '- x', "l'armée", '"q"', '\\', '\n', 'a\nb', '\u2028', '\u0085', '\u00a0', '\ud800', '2024-06'),
);
const value = fc.oneof(text, fc.boolean(), fc.nat(), fc.integer(), fc.double(), fc.constantFrom(0, -0), fc.array(text, { maxLength: 3 }), fc.constant(undefined));
const key = fc.oneof(fc.constantFrom('title', 'titleDerived', 'people', 'wordCount', 'true', 'null', 'Z', 'x-y', 'a b', '1', ''), fc.string({ maxLength: 6 }));

describe('renderMdx', () => {
  it('writes front matter exactly as yaml does, for any keys and values', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), text, (data, body) => {
        expect(renderMdx(data as unknown as ArticleData, body)).toBe(withYaml(data, body));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes an article double-quoted, lists as block sequences, and undefined fields not at all', () => {
    const data = { title: 'Un « titre »', titleDerived: true, date: undefined, wordCount: 12, people: ['A', 'B'], topics: [] };
    expect(renderMdx(data as unknown as ArticleData, 'Corps.\n')).toBe(
      '---\ntitle: "Un « titre »"\ntitleDerived: true\nwordCount: 12\npeople:\n  - "A"\n  - "B"\ntopics: []\n---\n\nCorps.\n',
    );
  });
});
