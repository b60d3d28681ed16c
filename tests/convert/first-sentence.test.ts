import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../src/convert/first-sentence.ts';

describe('firstSentence', () => {
  it('ends at the first full stop, question or exclamation mark that ends a sentence', () => {
    expect(firstSentence('Le ministre est venu. Il a parlé.')).toBe('Le ministre est venu.');
    expect(firstSentence('Qui a tiré ? Personne ne le sait.')).toBe('Qui a tiré ?');
    expect(firstSentence('Une trêve ! La première depuis juin.')).toBe('Une trêve !');
  });

  it('reads on past the full stop of a French abbreviation or an initial', () => {
    expect(firstSentence('M. Castaner a démissionné. Il part.')).toBe('M. Castaner a démissionné.');
    expect(firstSentence('Le Gén. Halevi et Mme. Borne se sont parlé. Puis rien.')).toBe('Le Gén. Halevi et Mme. Borne se sont parlé.');
    expect(firstSentence('Selon J. Biden, rien ne change. Fin.')).toBe('Selon J. Biden, rien ne change.');
    expect(firstSentence('Fondée en 52 av. J.-C. la ville a brûlé. Puis rien.')).toBe('Fondée en 52 av. J.-C. la ville a brûlé.');
  });

  it('gives a paragraph of one sentence whole, trimmed', () => {
    expect(firstSentence('  Une seule phrase sans point final  ')).toBe('Une seule phrase sans point final');
    expect(firstSentence('')).toBe('');
  });

  it('gives the start of the paragraph, up to the end of a sentence, whatever the text', () => {
    const sentence = fc.stringMatching(/^[A-Za-zÀ-ÿ ,'«»]{1,30}[.!?]$/);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (sentences) => {
        const paragraph = sentences.join(' ');
        const first = firstSentence(paragraph);
        expect(paragraph.trim().startsWith(first)).toBe(true);
        expect(first === '' || /[.!?]$/.test(first) || first === paragraph.trim()).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
