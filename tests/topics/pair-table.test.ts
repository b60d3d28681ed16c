import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairTable } from '../../src/topics/pair-table.ts';

describe('PairTable', () => {
  it('answers as a Map of pairs would, from any capacity, through growth and clearing', () => {
    // Small numbers make the same pairs come back; −1 first is a phrase's first word.
    const number = fc.oneof(fc.integer({ min: -1, max: 6 }), fc.integer({ min: 0, max: 0x3fffffff }));
    const operation = fc.oneof(
      fc.tuple(fc.constant('add' as const), number, number, fc.nat()),
      fc.tuple(fc.constant('get' as const), number, number, fc.constant(0)),
      fc.tuple(fc.constant('clear' as const), fc.constant(0), fc.constant(0), fc.constant(0)),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.array(operation, { maxLength: 400 }), (capacity, operations) => {
        const table = new PairTable(capacity);
        const map = new Map<string, number>();
        for (const [name, first, second, value] of operations) {
          const key = `${first},${second}`;
          if (name === 'add' && !map.has(key)) {
            table.add(first, second, value);
            map.set(key, value);
          } else if (name === 'clear') {
            table.clear();
            map.clear();
          } else {
            expect(table.get(first, second)).toBe(map.get(key) ?? -1);
          }
        }
        for (const [key, value] of map) {
          const [first, second] = key.split(',').map(Number);
          expect(table.get(first, second)).toBe(value);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('tells apart pairs of the same numbers in the other order', () => {
    const table = new PairTable();
    table.add(1, 2, 10);
    expect(table.get(2, 1)).toBe(-1);
    table.add(2, 1, 20);
    expect([table.get(1, 2), table.get(2, 1)]).toEqual([10, 20]);
  });
});
