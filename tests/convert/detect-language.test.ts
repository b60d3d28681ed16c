import fc from 'fast-check';
import { franc } from 'franc-min';
import { expressions } from 'franc-min/expressions.js';
import { iso6393To1 } from 'iso-639-3';
import { describe, expect, it } from 'vitest';
import { CANDIDATES, detectLanguage, detectParagraphsLanguage } from '../../src/convert/detect-language.ts';
import { readWords } from '../../src/entities/read-words.ts';
import { sentencePool } from '../../scripts/bench/corpus.ts';

/** What franc itself answers, as the converter used it before computing it on its own. */
function withFranc(text: string): string {
  const code = franc(text.slice(0, 1000), { minLength: 60, only: CANDIDATES });
  if (code === 'und') return 'fr';
  return code === 'arb' ? 'ar' : (iso6393To1[code] ?? code);
}

const SAMPLES = [
  'The quick brown fox jumps over the lazy dog and keeps running through the field all day long.',
  'Der schnelle braune Fuchs springt über den faulen Hund und läuft den ganzen Tag über das Feld.',
  'El rápido zorro marrón salta sobre el perro perezoso y corre por el campo durante todo el día.',
  'Быстрая коричневая лиса прыгает через ленивую собаку и бегает по полю весь день напролёт.',
  'Η γρήγορη καφέ αλεπού πηδάει πάνω από τον τεμπέλη σκύλο και τρέχει όλη μέρα στο χωράφι.',
  'الثعلب البني السريع يقفز فوق الكلب الكسول ويجري في الحقل طوال اليوم كله دون توقف أبدا',
  '这是一个中文句子，用于测试语言检测功能是否正常工作。这是一个中文句子，用于测试语言检测功能是否正常工作。',
  'हिंदी में लिखा गया यह वाक्य भाषा पहचान की जाँच के लिए है और काफ़ी लंबा भी है ताकि परिणाम मिले।',
];

describe('detectLanguage', () => {
  it('answers what franc answers, on French press text and on other languages and scripts', () => {
    const pool = sentencePool();
    const texts = [...SAMPLES, ...pool.map((_, index) => pool.slice(index, index + 1 + (index % 7)).join(' '))];
    for (const text of texts) expect([text, detectLanguage(text)]).toEqual([text, withFranc(text)]);
  });

  it('answers what franc answers on any mixture of scripts, digits and punctuation', () => {
    const piece = fc.oneof(fc.constantFrom(...SAMPLES.map((sample) => sample.slice(0, 30)), ' ', '12,5 %', '«»', 'İ', 'Σ', '𝐀𝐁'), fc.string({ unit: 'grapheme', maxLength: 20 }));
    const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
    fc.assert(fc.property(text, (value) => detectLanguage(value) === withFranc(value)), { numRuns: 3000 });
  });

  // The shortcut that takes Latin for the top script needs this: see franc-models.ts.
  it('relies on no character being both Latin and of another script in franc', () => {
    const latin = expressions.Latin;
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const character = String.fromCharCode(unit);
      latin.lastIndex = 0;
      if (!latin.test(character)) continue;
      for (const [script, expression] of Object.entries(expressions)) {
        expression.lastIndex = 0;
        if (script !== 'Latin') expect(expression.test(character)).toBe(false);
      }
    }
  });

  it('falls back to French below sixty characters', () => {
    expect(detectLanguage('The quick brown fox.')).toBe('fr');
  });
});

describe('detectParagraphsLanguage', () => {
  it('answers what detectLanguage answers for the paragraphs joined by line ends', () => {
    const paragraph = fc.oneof(fc.constantFrom(...SAMPLES, ...sentencePool().slice(0, 40)), fc.string({ unit: 'grapheme', maxLength: 300 }));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 12 }), (paragraphs) => detectParagraphsLanguage(paragraphs) === detectLanguage(paragraphs.join('\n'))),
      { numRuns: 2000 },
    );
    // Given the paragraphs' words, it counts the sample's trigrams from them (see word-trigrams.test.ts).
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 12 }), (paragraphs) => {
        return detectParagraphsLanguage(paragraphs, paragraphs.map(readWords)) === detectLanguage(paragraphs.join('\n'));
      }),
      { numRuns: 2000 },
    );
    // Samples that end within, just before and just after the line end after a long paragraph.
    for (const length of [990, 998, 999, 1000, 1001]) {
      const paragraphs = [sentencePool().join(' ').slice(0, length), SAMPLES[1].repeat(5)];
      expect(detectParagraphsLanguage(paragraphs)).toBe(detectLanguage(paragraphs.join('\n')));
      expect(detectParagraphsLanguage(paragraphs, paragraphs.map(readWords))).toBe(detectLanguage(paragraphs.join('\n')));
    }
  });
});
