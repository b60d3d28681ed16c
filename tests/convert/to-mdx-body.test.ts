import fc from 'fast-check';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { toMdxBody } from '../../src/convert/to-mdx-body.ts';
import { renderMdx } from '../helpers/render-mdx.ts';

const HOSTILE = [
  'Un {expression} et {1 + 1} ici',
  '<script>alert("x")</script> et <b onclick="x()">gras</b>',
  'import fs from "node:fs"',
  'export const pwned = 1',
  'export default function Layout() {}',
  '# Pas un titre',
  '- pas une liste',
  '> pas une citation',
  '1. pas une liste numérotée',
  '*pas* _en_ **gras** `ni code`',
  '[un lien](javascript:alert(1)) et ![image](x.png)',
  '&amp; &lt;b&gt; &#60;script&#62;',
  'Une barre oblique inverse \\ et \\{ échappée',
  '---',
  '~~barré~~ et www.example.com et https://example.com',
  '<!-- commentaire -->',
  '    code indenté',
  '| a | b |',
  '$x$ et %titre%',
];

describe('toMdxBody', () => {
  it.each(HOSTILE)('renders %j as one literal paragraph and nothing else', async (paragraph) => {
    const { paragraphs, types } = await renderMdx(toMdxBody([paragraph]));
    expect(paragraphs).toEqual([paragraph]);
    expect(types.filter((type) => type !== 'p' && type !== 'fragment')).toEqual([]);
  });

  it('keeps paragraphs apart and in order', async () => {
    const { paragraphs } = await renderMdx(toMdxBody(['Premier.', 'Deuxième.', 'Troisième.']));
    expect(paragraphs).toEqual(['Premier.', 'Deuxième.', 'Troisième.']);
  });

  it('turns any Unicode text into MDX that compiles and renders back word for word', async () => {
    const line = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 4 }), async (lines) => {
        const input = lines.map((l) => l.trim());
        const { paragraphs, types } = await renderMdx(toMdxBody(input));
        expect(types.filter((type) => type !== 'p' && type !== 'fragment')).toEqual([]);
        expect(paragraphs.map(words)).toEqual(input.map(words));
      }),
      { numRuns: 300 },
    );
  });

  it('survives the characters MDX and Markdown treat specially, in any combination', async () => {
    const special = fc.constantFrom(...'{}<>#-*_`[]()!&\\~|=+:;.\'"/ 1aéimportexport'.split(''), 'import ', 'export ', '---', '&amp;', '<a>');
    const line = fc.array(special, { minLength: 1, maxLength: 20 }).map((parts) => parts.join('').trim()).filter((s) => s !== '');
    await fc.assert(
      fc.asyncProperty(line, async (text) => {
        const { paragraphs, types } = await renderMdx(toMdxBody([text]));
        expect(types.filter((type) => type !== 'p' && type !== 'fragment')).toEqual([]);
        expect(paragraphs.map(words)).toEqual([words(text)]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('toMdxBody, on paragraphs it finds nothing to escape in', () => {
  /** The body as the MDX stringifier writes every paragraph, with the ESM escape the converter adds. */
  const stringified = (paragraphs: string[]) =>
    toMarkdown(
      { type: 'root', children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })) },
      { extensions: [mdxToMarkdown()] },
    ).replace(/^(?=(?:import|export)\b)([ie])/gm, (letter) => `&#x${letter.charCodeAt(0).toString(16)};`);

  it('gives exactly what the stringifier gives, for any paragraphs', () => {
    const special = fc.constantFrom(
      ...'{}<>#-*_`[]()!&\\~|=+:;.\'"/ \t\r\n1234567890aé\u00a0\u202f'.split(''),
      'import ', 'export ', '---', '&amp;', '<a>', '1.', '1)', '  ',
      // Line starts: the escape looks for the words at each, and only whole words.
      'import', 'export', 'importé', 'exports', '\u2028', '\u2029',
    );
    const paragraph = fc.oneof(
      fc.array(special, { maxLength: 12 }).map((parts) => parts.join('')),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 10 }),
    );
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        expect(toMdxBody(paragraphs)).toBe(stringified(paragraphs));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes plain French paragraphs as they are', () => {
    const paragraphs = ["L'armée a tiré 3,5 obus : « c'est fini » ! (AFP)", 'Le 12. mars, 1 000 € — 50 % de plus…'];
    expect(toMdxBody(paragraphs)).toBe(`${paragraphs.join('\n\n')}\n`);
    expect(toMdxBody([paragraphs[0]])).toBe(`${paragraphs[0]}\n`);
    expect(toMdxBody([])).toBe('\n');
  });

  it('writes an ampersand that opens no character reference as it is, and escapes one that could', () => {
    const paragraphs = ['Selon Mail & Guardian, 5 & 6 ; fin &', 'AT&T et Procter & Gamble', 'Lire &#38; ou &amp; ici'];
    expect(toMdxBody(paragraphs)).toBe(stringified(paragraphs));
    expect(toMdxBody([paragraphs[0]])).toBe(`${paragraphs[0]}\n`);
    expect(toMdxBody(paragraphs.slice(1))).toBe('AT\\&T et Procter & Gamble\n\nLire \\&#38; ou \\&amp; ici\n');
  });
});

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}
