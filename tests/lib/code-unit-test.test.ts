import { describe, expect, it } from 'vitest';
import { codeUnitMap, codeUnitTest } from '../../src/lib/code-unit-test.ts';

describe('codeUnitTest', () => {
  it('answers as its expression does for every UTF-16 code unit, asked once or again', () => {
    const letter = /[\p{L}\p{N}]/u;
    const isLetter = codeUnitTest(letter);
    for (const pass of [1, 2]) {
      for (let unit = 0; unit < 0x10000; unit += pass) expect(isLetter(unit)).toBe(letter.test(String.fromCharCode(unit)));
    }
  });

  it('reads a global expression from its start each time, wherever its last match stopped', () => {
    const isDigit = codeUnitTest(/\d/g);
    expect(['1', '2', 'a', '3'].map((character) => isDigit(character.charCodeAt(0)))).toEqual([true, true, false, true]);
  });

  it('keeps a table of its own for each expression', () => {
    const isA = codeUnitTest(/a/);
    const isB = codeUnitTest(/b/);
    expect([isA(0x61), isB(0x61), isA(0x62), isB(0x62)]).toEqual([true, false, false, true]);
  });
});

describe('codeUnitMap', () => {
  it('gives what its map gives for every UTF-16 code unit, working each out once', () => {
    const asked: number[] = [];
    const lower = codeUnitMap((unit) => {
      asked.push(unit);
      return String.fromCharCode(unit).toLowerCase().charCodeAt(0) - 0x8000;
    });
    for (const pass of [1, 2]) {
      for (let unit = 0; unit < 0x10000; unit += pass) expect(lower(unit)).toBe(String.fromCharCode(unit).toLowerCase().charCodeAt(0) - 0x8000);
    }
    expect(asked).toHaveLength(0x10000);
  });

  it('keeps negative answers and a table of its own for each map', () => {
    const a = codeUnitMap(() => -1);
    const b = codeUnitMap((unit) => unit);
    expect([a(0x41), b(0x41), a(0x41), b(0)]).toEqual([-1, 0x41, -1, 0]);
  });
});
