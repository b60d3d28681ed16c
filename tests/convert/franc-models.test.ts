import fc from 'fast-check';
import { data } from 'franc-min/data.js';
import { describe, expect, it } from 'vitest';
import { CANDIDATES } from '../../src/convert/detect-language.ts';
import { francText, scriptOf, trigramKey, type ScriptModel } from '../../src/convert/franc-models.ts';

/** franc's own cleaning of a sample (trigram-utils), as regular expressions. */
const literally = (sample: string) => ` ${sample.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;

describe('francText', () => {
  it('cleans a sample as franc does, on any text', () => {
    const tricky = fc.constantFrom('Le', ' ', '  ', '\u00a0', '\u202f', '\n', '\t', '12,5', '!', '@', 'A', '«', '»', '’', 'İ', 'Σ', '𝐀', '\ud800', '');
    const text = fc.oneof(fc.array(tricky, { maxLength: 30 }).map((parts) => parts.join('')), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(fc.property(text, (sample) => francText(sample) === literally(sample)), { numRuns: 5000 });
    expect(francText('Le chat, 2 fois.')).toBe(' le chat fois ');
    expect(francText(' 12 ')).toBe('  ');
  });
});

describe('the dense trigram table of a script', () => {
  const latin = scriptOf('Le ministre des Armées a annoncé une défense renforcée.', CANDIDATES) as ScriptModel;

  it('is built for Latin, and gives every ranked trigram the id the hashed table gives', () => {
    const alphabet = latin.alphabet!;
    expect(alphabet).toBeDefined();
    let checked = 0;
    for (const language of latin.languages) {
      for (const trigram of (data.Latin as Record<string, string>)[language].split('|')) {
        if (trigram.length !== 3) continue;
        const letters = [0, 1, 2].map((index) => alphabet.letters[trigram.charCodeAt(index)]);
        expect(letters.every((letter) => letter > 0)).toBe(true);
        const slot = (letters[0] * alphabet.size + letters[1]) * alphabet.size + letters[2];
        expect(alphabet.dense[slot]).toBe(latin.ids.get(trigramKey(trigram, 0)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
    // Every slot that holds an id holds one of a ranked trigram: as many ids as the hashed table has.
    expect(new Set(alphabet.dense.filter((id) => id >= 0)).size).toBe(latin.size);
  });
});
