import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/convert/decode-seed.ts';
import { deriveDescription, MAX_DESCRIPTION_LENGTH } from '../../src/convert/derive-description.ts';
import { parseSeed } from '../../src/convert/parse-seed.ts';

const WORDS = ['La', 'réunion', 'qui', "s'est", 'tenue', 'sous', 'les', 'auspices', 'du', 'commandement', 'central,', 'de', "l'armée", 'américaine', 'à', 'Gaza.', 'Elle', 'est', 'la', 'preuve', 'que', 'le', 'dialogue', 'militaire', 'se', 'poursuit;'];
const paragraph = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 80 }).map((words) => words.join(' '));

describe('deriveDescription', () => {
  it('is at most 160 characters', () => {
    expect(MAX_DESCRIPTION_LENGTH).toBe(160);
  });

  it('keeps a paragraph of up to 160 characters whole, trimmed, without ellipsis', () => {
    const exactly160 = `${'Les généraux '.repeat(11)}ont parlé`.padEnd(160, '.');
    expect(exactly160).toHaveLength(160);
    expect(deriveDescription(exactly160)).toBe(exactly160);
    expect(deriveDescription('  La réunion a eu lieu lundi.  ')).toBe('La réunion a eu lieu lundi.');
  });

  it('cuts the lead of the real seed 004 at a word, before the dangling « de »', () => {
    const bytes = readFileSync(new URL('../../seeds/004_5a753ca10db2e016.txt', import.meta.url));
    const first = parseSeed(decodeSeed(bytes).text).paragraphs[0].text;
    expect(deriveDescription(first)).toBe(
      "Le chef d'état-major de l'armée israélienne, le général Herzi Halevi, a rencontré plus tôt cette semaine à Bahreïn ses homologues de plusieurs armées arabes…",
    );
  });

  it('honours a custom maximum length', () => {
    expect(deriveDescription('La réunion qui s’est tenue lundi à Manama.', 20)).toBe('La réunion…');
  });

  it('stays within 160 characters, at a word boundary, with an ellipsis only when cut', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const description = deriveDescription(text);
        expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
        if (text.length <= MAX_DESCRIPTION_LENGTH) {
          expect(description).toBe(text);
          return;
        }
        expect(description.endsWith('…')).toBe(true);
        const kept = description.slice(0, -1);
        expect(text.startsWith(kept)).toBe(true);
        expect(text.charAt(kept.length)).toMatch(/[\s.,;]/u);
      }),
      { numRuns: 1000 },
    );
  });
});
