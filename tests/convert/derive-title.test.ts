import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/convert/decode-seed.ts';
import { deriveTitle, MAX_TITLE_LENGTH } from '../../src/convert/derive-title.ts';
import { parseSeed } from '../../src/convert/parse-seed.ts';

// Function words a headline must not end on (a subset of what cut-at-word drops).
const DANGLING = new Set(['a', 'à', 'au', 'aux', 'avec', 'dans', 'de', 'des', 'du', 'en', 'et', 'la', 'le', 'les', 'ou', 'par', 'pour', 'sur', 'un', 'une', 'ses', 'se', 'qui', 'que']);
const CONTENT = ['général', 'armée', 'Israël', 'Bahreïn', 'réunion', 'coopération', 'régionale', 'homologues', 'rencontré', 'discuté', 'défense', 'aérienne', "l'Iran", "d'état-major", 'États-Unis', 'Pentagone', 'sécuritaire', 'lundi', 'Manama', 'militaires'];
const FUNCTION = ['de', 'la', 'le', 'les', 'à', 'et', 'des', 'du', 'avec', 'pour', 'sur', 'une', 'ses', 'qui'];

const words = (text: string) => text.replace(/…$/u, '').split(/\s+/u).map((w) => w.replace(/[.,;:]+$/u, '').toLocaleLowerCase('fr')).filter(Boolean);
const lastWord = (title: string) => words(title).at(-1)!;
/** True when `small` can be obtained from `big` by deleting words (order kept). */
function isSubsequence(small: string[], big: string[]): boolean {
  let i = 0;
  for (const word of big) if (word === small[i]) i++;
  return i === small.length;
}
function firstParagraphOf(seed: string): string {
  return parseSeed(decodeSeed(readFileSync(new URL(`../../seeds/${seed}`, import.meta.url))).text).paragraphs[0].text;
}

describe('deriveTitle', () => {
  it('keeps a short first sentence whole, without its final period', () => {
    expect(deriveTitle('Le ministre est venu. Il a parlé longuement.')).toBe('Le ministre est venu');
  });

  it('keeps a final question or exclamation mark, which is part of the headline', () => {
    expect(deriveTitle('La guerre est-elle finie ? Rien ne le dit.')).toBe('La guerre est-elle finie ?');
  });

  it('does not end the first sentence at an abbreviation (« M. », « Gén. », « Dr. »)', () => {
    expect(deriveTitle('M. Castaner a démissionné. Il reste député.')).toBe('M. Castaner a démissionné');
    expect(deriveTitle('Le Gén. Halevi et le Dr. Kurella sont venus. Ensuite')).toBe('Le Gén. Halevi et le Dr. Kurella sont venus');
    expect(deriveTitle('Selon Mme Dupont et le Dr Martin, tout va bien. Ensuite')).toBe('Selon Mme Dupont et le Dr Martin, tout va bien');
  });

  it('drops an introductory clause when the sentence is too long', () => {
    const title = deriveTitle(firstParagraphOf('000_1a0fa30b9826f976.txt'));
    expect(title.startsWith('Les principaux dirigeants')).toBe(true);
  });

  const LONG_REST = 'les chefs militaires de plusieurs armées arabes ont rencontré leur homologue israélien à Manama pour parler de défense aérienne.';

  it.each(['Après une longue réunion', 'Selon Axios', 'Lundi'])('drops the introductory clause « %s, »', (intro) => {
    expect(deriveTitle(`${intro}, ${LONG_REST}`)).toBe('Les chefs militaires de plusieurs armées arabes ont rencontré leur homologue israélien à Manama pour parler…');
  });

  it.each(['À Manama lundi', 'Malgré les critiques publiques', 'De son côté'])('drops the introductory clause « %s, »', (intro) => {
    expect(deriveTitle(`${intro}, ${LONG_REST}`)).toMatch(/^Les chefs militaires/);
  });

  it('derives the expected titles of the two real seeds', () => {
    expect(deriveTitle(firstParagraphOf('000_1a0fa30b9826f976.txt'))).toBe(
      "Les principaux dirigeants militaires des États-Unis et d'Israël se sont réunis pour élaborer des stratégies…",
    );
    expect(deriveTitle(firstParagraphOf('004_5a753ca10db2e016.txt'))).toBe(
      "Le chef d'état-major de l'armée israélienne a rencontré plus tôt cette semaine à Bahreïn ses homologues…",
    );
  });

  it('drops the dangling « de » and never cuts mid-word when cutting at a word', () => {
    const title = deriveTitle(
      "Le chef d'état-major de l'armée israélienne a rencontré plus tôt cette semaine à Bahreïn ses homologues de plusieurs armées arabes pour discuter.",
    );
    expect(title).toBe("Le chef d'état-major de l'armée israélienne a rencontré plus tôt cette semaine à Bahreïn ses homologues…");
  });

  it('honours a custom maximum length', () => {
    expect(deriveTitle('Les généraux de plusieurs armées arabes se sont réunis à Manama.', 30)).toBe('Les généraux de plusieurs…');
  });

  it('does not end on a dangling « et » when cutting at a clause boundary', () => {
    const title = deriveTitle(
      "Le chef d'état-major israélien a rencontré cette semaine à Manama les homologues de plusieurs armées arabes et, selon Axios, ceux de l'Égypte et de la Jordanie pour parler de défense.",
    );
    expect(DANGLING.has(lastWord(title))).toBe(false);
  });

  it('does not end on a dangling « et » left before a dash', () => {
    const title = deriveTitle(
      "Le chef d'état-major israélien a rencontré cette semaine à Manama les homologues de plusieurs armées du Golfe et — fait rare — ceux de l'Égypte pour parler de défense aérienne.",
      116,
    );
    expect(DANGLING.has(lastWord(title))).toBe(false);
  });

  describe('on generated French-like sentences', () => {
    // Commas follow content words only: clause cuts are covered by their own tests.
    const token = fc.oneof(
      fc.record({ word: fc.constantFrom(...CONTENT), comma: fc.boolean() }),
      fc.record({ word: fc.constantFrom(...FUNCTION), comma: fc.constant(false) }),
    );
    // Like real prose, a sentence ends on a content word (a kept sentence may not end on « de »).
    const sentence = fc
      .tuple(fc.constantFrom(...CONTENT, 'Lors', 'Selon'), fc.array(token, { maxLength: 40 }), fc.constantFrom(...CONTENT))
      .map(([first, rest, last]) => [first, ...rest.map((t) => (t.comma ? `${t.word},` : t.word)), last].join(' '));
    const paragraph = sentence.map((s) => `${s}. Le Pentagone a confirmé.`);

    it('stays within 110 characters, made of whole words of the source in order', () => {
      fc.assert(
        fc.property(paragraph, (text) => {
          const title = deriveTitle(text);
          expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
          expect(title.length).toBeGreaterThan(0);
          expect(isSubsequence(words(title), words(text.split('. ')[0]))).toBe(true);
        }),
        { numRuns: 1000 },
      );
    });

    it('keeps a sentence that fits whole, and otherwise ends clean', () => {
      fc.assert(
        fc.property(sentence, (s) => {
          const title = deriveTitle(`${s}. Le Pentagone a confirmé.`);
          if (s.length <= MAX_TITLE_LENGTH) {
            expect(title).toBe(s);
            return;
          }
          expect(title).not.toMatch(/[\s.,;:«(–—-]…?$/u);
          expect(DANGLING.has(lastWord(title))).toBe(false);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
