import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { francText } from '../../src/convert/franc-models.ts';

/** franc's own cleaning of a sample (trigram-utils), as regular expressions. */
const literally = (sample: string) => ` ${sample.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;

describe('francText', () => {
  it('cleans a sample as franc does, on any text', () => {
    const tricky = fc.constantFrom('Le', ' ', '  ', '\u00a0', '\u202f', '\n', '\t', '12,5', '!', '@', '[', '~', 'A', '«', '»', '’');
    const odd = fc.constantFrom('İ', 'Σ', '𝐀', '\ud800', '');
    const pieces = fc.array(fc.oneof(tricky, odd), { maxLength: 30 }).map((parts) => parts.join(''));
    const text = fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(fc.property(text, (sample) => francText(sample) === literally(sample)), { numRuns: 5000 });
    expect(francText('Le chat, 2 fois.')).toBe(' le chat fois ');
    expect(francText(' 12 ')).toBe('  ');
  });
});
