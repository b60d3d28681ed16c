import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../src/lib/french-spacing.ts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('frenchSpacing', () => {
  it('puts a narrow no-break space before ; ! and ?', () => {
    expect(frenchSpacing('Vraiment ? Oui ! Enfin ; bon')).toBe(`Vraiment${NNBSP}? Oui${NNBSP}! Enfin${NNBSP}; bon`);
  });

  it('puts a no-break space before a colon and inside guillemets', () => {
    expect(frenchSpacing('Il a dit : « non »')).toBe(`Il a dit${NBSP}: «${NBSP}non${NBSP}»`);
  });

  it('follows its own documented example', () => {
    expect(frenchSpacing('Quoi ? « Oui » : non')).toBe(`Quoi${NNBSP}? «${NBSP}Oui${NBSP}»${NBSP}: non`);
  });

  it('pads guillemets that had no space inside', () => {
    expect(frenchSpacing('«non»')).toBe(`«${NBSP}non${NBSP}»`);
  });

  it('collapses several spaces, of any kind, before the mark into one', () => {
    expect(frenchSpacing(`Quoi  ?  Non${NBSP}! Si${NNBSP} :`)).toBe(`Quoi${NNBSP}?  Non${NNBSP}! Si${NBSP}:`);
  });

  it('inserts no space where there was none before ? ! ; or :', () => {
    for (const text of ['https://x.fr/?a=1&b=2', 'à 12:30 précises', 'Quoi?', 'Hé!', 'a;b', 'mailto:x@y.fr', 'std::vector']) {
      expect(frenchSpacing(text)).toBe(text);
    }
  });

  it('leaves text without French punctuation untouched', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }).filter((s) => !/[;:!?«»]/.test(s)), (text) => {
        expect(frenchSpacing(text)).toBe(text);
      }),
    );
  });

  it('gives what its four rules give applied one after the other, every time, to any mix of spaces and marks', () => {
    const rules = (text: string) =>
      text
        .replace(/[ \u00A0\u202F]+([;!?])/g, `${NNBSP}$1`)
        .replace(/[ \u00A0\u202F]+:/g, `${NBSP}:`)
        .replace(/«[ \u00A0\u202F]*(?=\S)/g, `«${NBSP}`)
        .replace(/(?<=\S)[ \u00A0\u202F]*»/g, `${NBSP}»`);
    const text = fc
      .array(fc.constantFrom(' ', 'a', '«', '»', ';', ':', '!', '?', NBSP, NNBSP, '\t', '\n', '\u2003', '\uD83D', '\uDE00'), { maxLength: 30 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(frenchSpacing(t)).toBe(rules(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('is idempotent: applying it twice is applying it once', () => {
    const text = fc.array(fc.constantFrom(' ', 'a', 'é', '«', '»', ';', ':', '!', '?', NBSP, NNBSP, '/', '1', '\n'), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(frenchSpacing(frenchSpacing(t))).toBe(frenchSpacing(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('only changes spaces: removing every kind of space gives the same text', () => {
    const text = fc.array(fc.constantFrom(' ', 'a', '«', '»', ';', ':', '!', '?', NBSP, NNBSP), { maxLength: 30 }).map((a) => a.join(''));
    const squeeze = (s: string) => s.replace(/[ \u00A0\u202F]/g, '');
    fc.assert(
      fc.property(text, (t) => {
        expect(squeeze(frenchSpacing(t))).toBe(squeeze(t));
      }),
      { numRuns: 1000 },
    );
  });
});
