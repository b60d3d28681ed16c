import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixChunkBounds, justBelow } from '../../src/integrations/pagefind-chunk-bounds.ts';
import type { BundleFile } from '../../src/integrations/offline/package-offline.ts';
import { chunkedPagefindBundle, chunkWords, metaChunks, readPagefindFile } from '../helpers/chunked-pagefind-bundle.ts';

type Chunks = readonly [string, string, string][];

const utf8 = (text: string) => Buffer.from(text, 'utf8');
/** Rust's order of strings: their UTF-8 bytes. */
const compare = (a: string, b: string) => Buffer.compare(utf8(a), utf8(b));

/** The chunk Pagefind's browser side loads for a word without falling back: the first whose bounds hold it. */
function strictChunk(chunks: Chunks, word: string): string | undefined {
  return chunks.find(([from, to]) => compare(word, from) >= 0 && compare(word, to) <= 0)?.[2];
}

// Words as typed, lower case without accents (as Pagefind normalises a query), near the fixture's stems.
const typedWord = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abdefilnorstuz'), minLength: 1, maxLength: 10 }),
  fc.constantFrom('de', 'def', 'defaut', 'defend', 'defendr', 'defendre', 'defens', 'defense', 'defenseur', 'defenseurs', 'la', 'soldat'),
);

describe('fixChunkBounds', () => {
  let original: BundleFile[];
  let fixed: BundleFile[];
  beforeAll(async () => {
    original = await chunkedPagefindBundle();
    fixed = fixChunkBounds(original);
  }, 60_000);

  it('is given an index where Pagefind’s bounds leave a typed word in no chunk', () => {
    expect(metaChunks(original).length).toBeGreaterThan(2);
    expect(strictChunk(metaChunks(original), 'defendre')).toBeUndefined();
  });

  it('puts every word from the first chunk on in the one chunk whose range holds it', () => {
    const chunks = metaChunks(fixed);
    const [first] = chunks[0];
    fc.assert(
      fc.property(typedWord, (word) => {
        if (compare(word, first) < 0) return;
        const index = chunks.findLastIndex(([from]) => compare(from, word) <= 0);
        expect(strictChunk(chunks, word)).toBe(index === chunks.length - 1 && compare(word, chunks[index][1]) > 0 ? undefined : chunks[index][2]);
      }),
    );
    expect(strictChunk(chunks, 'defendre')).toBe(strictChunk(chunks, 'defendr'));
  });

  it('keeps the chunk Pagefind’s own bounds chose, wherever they chose one', () => {
    fc.assert(
      fc.property(typedWord, (word) => {
        const before = strictChunk(metaChunks(original), word);
        if (before !== undefined) expect(strictChunk(metaChunks(fixed), word)).toBe(before);
      }),
    );
  });

  it('finds every indexed stem in the chunk that holds it', () => {
    const chunks = metaChunks(fixed);
    for (const [hash, words] of chunkWords(fixed)) for (const word of words) expect(strictChunk(chunks, word), word).toBe(hash);
  });

  it('changes the upper bounds and nothing else', () => {
    const meta = (files: BundleFile[]) => readPagefindFile(files.find((file) => file.path.endsWith('.pf_meta'))!);
    const expected = meta(original);
    const chunks = expected[2] as [string, string, string][];
    expected[2] = chunks.map(([from, to, hash], index) => [from, index + 1 < chunks.length ? justBelow(chunks[index + 1][0]) : to, hash]);
    expect(meta(fixed)).toEqual(expected);
    expect(fixed.map((file) => file.path)).toEqual(original.map((file) => file.path));
    for (const [index, file] of fixed.entries()) if (!file.path.endsWith('.pf_meta')) expect(file.content).toBe(original[index].content);
  });

  it('names a metadata file that is not Pagefind’s', () => {
    const bogus = { path: 'pagefind.fr_0.pf_meta', content: gzipSync('not cbor') };
    expect(() => fixChunkBounds([bogus])).toThrow('pagefind.fr_0.pf_meta: not a Pagefind file');
  });
});

describe('justBelow', () => {
  it('gives the greatest word below a bound', () => {
    expect(justBelow('defens')).toBe('defenr\u{10FFFF}');
    expect(justBelow('dé')).toBe('dè\u{10FFFF}');
    expect(justBelow('a\u{E000}')).toBe('a\u{D7FF}\u{10FFFF}');
  });

  it('sorts below its bound and above every word below it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (bound, word) => {
        fc.pre(compare(bound, '\u{1}') > 0 && !word.includes('\u{10FFFF}'));
        expect(compare(justBelow(bound), bound)).toBeLessThan(0);
        if (compare(word, bound) < 0) expect(compare(word, justBelow(bound))).toBeLessThanOrEqual(0);
      }),
    );
  });
});
