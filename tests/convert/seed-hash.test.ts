import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seedHash } from '../../src/convert/seed-hash.ts';

describe('seedHash', () => {
  const bytes = new TextEncoder().encode('Le Pentagone a confirmé.');
  const expected = createHash('sha256').update(bytes).digest('hex');

  it("is the SHA-256 of the seed's bytes, or the hash its reader gave", () => {
    expect(seedHash({ path: 'seeds/a.txt', bytes })).toBe(expected);
    expect(seedHash({ path: 'seeds/a.txt', bytes, hash: 'given' })).toBe('given');
  });
});
