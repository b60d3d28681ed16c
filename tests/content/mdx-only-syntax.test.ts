import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMdxOnlySyntax } from '../../src/content/mdx-only-syntax.ts';
import { toMdxBody } from '../../src/convert/to-mdx-body.ts';
import { renderMarkdown } from '../helpers/render-markdown.ts';
import { renderMdx } from '../helpers/render-mdx.ts';

// The characters MDX and Markdown treat specially, and the words MDX reads as statements.
const SPECIAL = [...'{}<>#-*_`[]()!&\\~|=+:;.\'"/ \t1aé'].concat(['import ', 'export ', '---', '&amp;', '<a>', '    ']);
const specialText = fc
  .array(fc.constantFrom(...SPECIAL), { minLength: 1, maxLength: 20 })
  .map((parts) => parts.join('').trim())
  .filter((text) => text !== '' && !/[\r\n]/.test(text));
const anyText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).map((text) => text.trim()).filter((text) => text !== '' && !/[\r\n]/.test(text));

describe('findMdxOnlySyntax', () => {
  it.each([
    ['Un <b>gras</b>', 1, 4, '"<" opens a JSX tag or HTML'],
    ['Une {expression}', 1, 5, '"{" opens an MDX expression'],
    ['Texte.\n\nimport fs from "node:fs"', 3, 1, 'a line opening with "import" or "export" is an MDX statement'],
    ['export const x = 1', 1, 1, 'a line opening with "import" or "export" is an MDX statement'],
    ['Texte.\n\n    code', 3, 1, 'an indented line is code in Markdown and text in MDX'],
    ['\tcode', 1, 1, 'an indented line is code in Markdown and text in MDX'],
    ['>\tcode', 1, 1, 'an indented line is code in Markdown and text in MDX'],
    [' \t>', 1, 1, 'an indented line is code in Markdown and text in MDX'],
    ['>     code', 1, 1, 'an indented line is code in Markdown and text in MDX'],
    ['- >     code', 1, 1, 'an indented line is code in Markdown and text in MDX'],
    ['Une ligne \\\ncoupée', 1, 11, 'a backslash at the end of a line breaks it in Markdown, not in MDX'],
    ['Une barre \\\\{x}', 1, 13, '"{" opens an MDX expression'],
    ['`code <b>`', 1, 7, '"<" opens a JSX tag or HTML'],
    ['Une ligne  \ncoupée', 1, 10, 'spaces at the end of a line break it in Markdown, not in MDX'],
  ])('finds MDX-only syntax in %j at %i:%i', (body, line, column, reason) => {
    expect(findMdxOnlySyntax(body)).toMatchObject({ line, column, reason });
  });

  it.each(['Texte \\<b> et \\{x}.', 'Des accolades fermantes } seules.', '&#x69;mport fs', 'important : exporter', 'Des    espaces et\tune tabulation', 'Fin \\\\\nsuite'])(
    'lets %j through',
    (body) => expect(findMdxOnlySyntax(body)).toBeUndefined(),
  );

  it('lets through every body the converter writes, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyText, specialText), { minLength: 1, maxLength: 4 }), (paragraphs) => {
        expect(findMdxOnlySyntax(toMdxBody(paragraphs))).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('lets through only bodies that Markdown renders as MDX does: the same paragraphs, and nothing but paragraphs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(anyText, specialText), { minLength: 1, maxLength: 4 }), async (paragraphs) => {
        const body = toMdxBody(paragraphs);
        const markdown = await renderMarkdown(body);
        expect(markdown.elements.filter((name) => name !== 'p')).toEqual([]);
        expect(markdown.paragraphs).toEqual((await renderMdx(body)).paragraphs);
      }),
      { numRuns: 300 },
    );
  });

  it('lets through raw text only where Markdown renders it as MDX does', async () => {
    // Raw text, not escaped by the converter, made of what MDX reads otherwise than
    // Markdown (tags, expressions, statements, indentation) and plain text: whenever the
    // check lets it through, both renderers must agree on it. Emphasis and link characters
    // are left out: on those the two test renderers (micromark and the site's) differ on
    // some corner cases of CommonMark itself, whatever the check says.
    const mdxOnly = fc.constantFrom(...'{}<>/\\ \t=.aé'.split(''), 'import ', 'export ', '    ', '\n', '\n\n', '<a>', '</a>', '{1}');
    const rawText = fc.array(mdxOnly, { minLength: 1, maxLength: 20 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(rawText, async (body) => {
        fc.pre(findMdxOnlySyntax(body) === undefined);
        const mdx = await renderMdx(body).catch(() => undefined);
        if (!mdx) throw new Error(`MDX refused a body the check let through: ${JSON.stringify(body)}`);
        const markdown = await renderMarkdown(body);
        expect(markdown.elements).toEqual(mdx.types.filter((type) => type !== 'fragment'));
        expect(words(markdown.text)).toEqual(words(mdx.text));
      }),
      { numRuns: 500 },
    );
  });
});

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}
