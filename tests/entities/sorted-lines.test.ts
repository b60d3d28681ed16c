import fc from 'fast-check';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortedLines } from '../../src/entities/sorted-lines.ts';

const byCodeUnits = (lines: string[]) => [...new Set(lines)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('sortedLines', () => {
  it('finds exactly the lines of a sorted list, whatever its line ends', () => {
    const line = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }).filter((text) => !/[\r\n]/.test(text)), fc.constantFrom('A', "A'isha", 'Zoé', ''));
    const end = fc.constantFrom('\n', '\r\n');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), end, fc.boolean(), fc.array(line, { maxLength: 10 }), (given, newline, closed, others) => {
        const lines = byCodeUnits(given);
        const text = lines.join(newline) + (closed && lines.length > 0 ? newline : '');
        const list = sortedLines(text);
        // An empty line is findable only where the text has one: not as a lone last line left open.
        for (const name of [...lines, ...others]) {
          const listed = lines.includes(name) && !(name === '' && lines.length === 1 && !closed);
          expect([name, list.has(name)]).toEqual([name, listed]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds nothing in an empty text, and the first, last and middle lines of a long one', () => {
    expect(sortedLines('').has('a')).toBe(false);
    expect(sortedLines('').has('')).toBe(false);
    const lines = Array.from({ length: 1000 }, (_, index) => `n${String(index).padStart(4, '0')}`);
    const list = sortedLines(lines.join('\r\n'));
    for (const name of [lines[0], lines[499], lines[999]]) expect(list.has(name)).toBe(true);
    for (const name of ['n', 'n0000 ', 'n10000', 'm', 'o']) expect(list.has(name)).toBe(false);
  });

  it("relies on humannames' list.txt holding, in code-unit order, exactly the names of its index.json", () => {
    const require = createRequire(import.meta.url);
    const json = require.resolve('humannames');
    const names = Object.keys(JSON.parse(readFileSync(json, 'utf8')) as object);
    const text = readFileSync(path.join(path.dirname(json), 'list.txt'), 'utf8');
    const lines = text.split(/\r?\n/);
    expect(names.length).toBeGreaterThan(100_000);
    expect(lines).toEqual(byCodeUnits(names));
    const list = sortedLines(text);
    for (const name of names.filter((_, index) => index % 997 === 0)) expect(list.has(name)).toBe(true);
    expect(list.has('Zzzzzzzz')).toBe(false);
  });
});
