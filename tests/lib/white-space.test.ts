import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../src/lib/white-space.ts';

describe('isWhiteSpace', () => {
  it('answers as `\\s` and `trim` do, for every UTF-16 code unit', () => {
    const white: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const character = String.fromCharCode(unit);
      expect(isWhiteSpace(unit)).toBe(/\s/.test(character));
      if (isWhiteSpace(unit)) white.push(unit);
      expect(`a${character}b`.split(/\s/).length === 2).toBe(isWhiteSpace(unit));
      expect(character.trim() === '').toBe(isWhiteSpace(unit));
    }
    expect(white).toContain(0x202f);
    expect(white).not.toContain(0x200b);
  });
});
