import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitHeaderList } from '../../src/entities/header-lists.ts';

const field = (value: string) => ({ value, line: 3 });

describe('splitHeaderList', () => {
  it('splits on semicolons, trims each name and drops empty ones', () => {
    expect(splitHeaderList(field(' Mark Milley ;Aviv Kochavi;; ; '))).toEqual(['Mark Milley', 'Aviv Kochavi']);
  });

  it('gives an empty list for an empty value', () => {
    expect(splitHeaderList(field(''))).toEqual([]);
    expect(splitHeaderList(field(' ; '))).toEqual([]);
  });

  it('writes each name in composed form, so that two spellings of one name are one name', () => {
    const decomposed = 'Israe\u0308l';
    expect(splitHeaderList(field(`${decomposed}; Israël`))).toEqual(['Israël']);
  });

  it('keeps the first of repeated names, in order', () => {
    expect(splitHeaderList(field('Gaza; Israël; Gaza; Égypte; Israël'))).toEqual(['Gaza', 'Israël', 'Égypte']);
  });

  it('gives trimmed, composed, distinct and non-empty names for any value', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab ;é\u0301\u00a0'.split('')), maxLength: 30 }), (value) => {
        const names = splitHeaderList(field(value));
        for (const name of names) {
          expect(name).toBe(name.trim());
          expect(name).toBe(name.normalize('NFC'));
          expect(name).not.toBe('');
          expect(name).not.toContain(';');
        }
        expect(new Set(names).size).toBe(names.length);
      }),
    );
  });
});
