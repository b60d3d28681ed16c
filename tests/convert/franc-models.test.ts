import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { francText, francUnits } from '../../src/convert/franc-models.ts';

/** franc's own cleaning of a sample (trigram-utils), as regular expressions. */
const literally = (sample: string) => ` ${sample.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;

const tricky = fc.constantFrom('Le', ' ', '  ', '\u00a0', '\u202f', '\n', '\t', '12,5', '!', '@', '[', '~', 'A', '«', '»', '’', 'ÉTÉ', 'Ωμέγα');
const odd = fc.constantFrom('İ', 'Σ', 'ΟΔΟΣ', '𝐀', '𐐀', '\ud800', '');
const pieces = fc.array(fc.oneof(tricky, odd), { maxLength: 30 }).map((parts) => parts.join(''));
const text = fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 40 }));

describe('francText', () => {
  it('cleans a sample as franc does, on any text', () => {
    fc.assert(fc.property(text, (sample) => francText(sample) === literally(sample)), { numRuns: 5000 });
    expect(francText('Le chat, 2 fois.')).toBe(' le chat fois ');
    expect(francText(' 12 ')).toBe('  ');
  });
});

describe('francUnits', () => {
  it('gives the code units of francText, whatever the text holds', () => {
    const units = (sample: string) => String.fromCharCode(...francUnits(sample));
    fc.assert(fc.property(text, (sample) => units(sample) === literally(sample)), { numRuns: 5000 });
    expect(units('ÉTÉ À Paris')).toBe(' été à paris ');
    // A final sigma, and a capital whose lower case takes two units.
    expect(units('ΟΔΟΣ')).toBe(' οδος ');
    expect(units('İstanbul')).toBe(' i\u0307stanbul ');
  });
});
