import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/lib/sha256.ts';

describe('sha256', () => {
  it('is the hex SHA-256 of bytes, and of a text as UTF-8', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const bytes = new TextEncoder().encode(text);
        const expected = createHash('sha256').update(bytes).digest('hex');
        expect([sha256(text), sha256(bytes)]).toEqual([expected, expected]);
      }),
    );
  });
});
