import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertSeed } from '../../src/convert/convert-seed.ts';
import { decodeSeed } from '../../src/convert/decode-seed.ts';
import { parseSeed } from '../../src/convert/parse-seed.ts';
import { frenchSpacing } from '../../src/lib/french-spacing.ts';
import { renderMdx } from '../helpers/render-mdx.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');
/** The hostile seeds the browser tests also build (tests/e2e/hostile.spec.ts). */
const E2E_HOSTILE = ['hostile-markup.txt', 'script-in-title.txt', 'hostile-event-handlers.txt', 'script-in-body.txt'];

/** A sentence with the characters that matter to MDX, repeated to a given size. */
function repeated(bytes: number): string {
  const sentence = 'Un mot {x} <b>et</b> `code` *étoile* & [lien](javascript:x) — « suite » ; ';
  return sentence.repeat(Math.ceil(bytes / Buffer.byteLength(sentence))).trimEnd();
}

// The two large seeds are written here rather than kept as files: a megabyte of fixture in
// the repository would say no more than the few lines that make it.
const seeds: { name: string; bytes: Buffer }[] = [
  ...readdirSync(path.join(FIXTURES, 'hostile-seeds'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, bytes: readFileSync(path.join(FIXTURES, 'hostile-seeds', name)) })),
  ...E2E_HOSTILE.map((name) => ({ name: `e2e-seeds/${name}`, bytes: readFileSync(path.join(FIXTURES, 'e2e-seeds', name)) })),
  { name: 'long-line (100 KB paragraph)', bytes: Buffer.from(`title: Une ligne très longue\ndate: 2024-02-17\n${repeated(100_000)}\n`) },
  {
    name: 'long-file (1 MB)',
    bytes: Buffer.from(`title: Un fichier très long\ndate: 2024-02-18\n${Array.from({ length: 1000 }, (_, i) => `${i}. ${repeated(1000)}`).join('\n')}\n`),
  },
];

describe('hostile seeds', () => {
  it('has every kind of hostile text', () => expect(seeds.length).toBeGreaterThanOrEqual(11));

  for (const { name, bytes } of seeds) {
    it(`${name}: converts, compiles, and renders its paragraphs as the literal text, with nothing but paragraphs`, async () => {
      const converted = convertSeed({ path: `hostile/${name}`, bytes });
      expect(converted.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      // The text as written, with the no-break spaces French typography puts before `:`, `»`…
      const expected = parseSeed(decodeSeed(bytes).text).paragraphs.map((paragraph) => frenchSpacing(paragraph.text));
      const { paragraphs, types } = await renderMdx(converted.article!.body);
      expect(paragraphs.length).toBe(expected.length);
      // One paragraph at a time, so that a failure shows that paragraph, not a megabyte.
      paragraphs.forEach((paragraph, index) => expect(paragraph, `paragraph ${index}`).toBe(expected[index]));
      expect(types.filter((type) => type !== 'fragment' && type !== 'p')).toEqual([]);
    }, 60_000);
  }
});
