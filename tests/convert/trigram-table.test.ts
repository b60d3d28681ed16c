import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TrigramTable, type TrigramKey } from '../../src/convert/trigram-table.ts';

describe('TrigramTable', () => {
  it('answers as a Map would, through growth', () => {
    const key = fc.oneof(fc.integer({ min: 0, max: 0xffffff }), fc.integer({ min: 0, max: 40 }), fc.string({ maxLength: 3 }));
    const operation = fc.oneof(
      fc.tuple(fc.constant('set' as const), key, fc.nat()),
      fc.tuple(fc.constant('get' as const), key, fc.constant(0)),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 300 }), (operations) => {
        const table = new TrigramTable(4);
        const map = new Map<TrigramKey, number>();
        for (const [name, key, value] of operations) {
          if (name === 'set') {
            table.set(key, value);
            map.set(key, value);
          } else {
            expect(table.get(key)).toBe(map.get(key) ?? -1);
          }
        }
        for (const [key, value] of map) expect(table.get(key)).toBe(value);
      }),
      { numRuns: 500 },
    );
  });
});
