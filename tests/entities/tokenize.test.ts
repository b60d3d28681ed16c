import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize, type Tokens } from '../../src/entities/tokenize.ts';
import { foldKey, isCapitalized } from '../../src/entities/normalize.ts';

const ELISION = /^(l|d|qu|jusqu|lorsqu|puisqu|n|s|c|j|m|t)['’](?=\p{L})/iu;
const ABBREVIATIONS = new Set(['M.', 'MM.', 'Mme.', 'Dr.', 'Pr.', 'Me.', 'Mgr.', 'St.', 'Ste.', 'Gén.', 'Col.']);

/** The tokens as the rules read literally, with regular expressions over each gap. */
function literally(text: string) {
  const tokens: { text: string; start: number; end: number; joined: boolean; sentenceStart: boolean }[] = [];
  let previousEnd = 0;
  let sentenceStart = true;
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*\.?/gu)) {
    let word = match[0];
    let start = match.index;
    if (word.endsWith('.') && !ABBREVIATIONS.has(word)) word = word.slice(0, -1);
    const gap = text.slice(previousEnd, start);
    if (/[.!?…]/.test(gap)) sentenceStart = true;
    const joined = /^ ?$/.test(gap) || /^[ \u00A0\u202F]$/.test(gap);
    const elision = ELISION.exec(word);
    if (elision) {
      const article = word.slice(0, elision[0].length);
      tokens.push({ text: article, start, end: start + article.length, joined, sentenceStart });
      start += article.length;
      word = word.slice(article.length);
      sentenceStart = false;
      tokens.push({ text: word, start, end: start + word.length, joined: true, sentenceStart: false });
    } else {
      tokens.push({ text: word, start, end: start + word.length, joined, sentenceStart });
      sentenceStart = false;
    }
    previousEnd = start + word.length;
  }
  return tokens;
}

const fixtures = (['paragraphs', 'held-out'] as const).flatMap(
  (name) => (JSON.parse(readFileSync(new URL(`../fixtures/entities/${name}.json`, import.meta.url), 'utf8')) as { paragraphs: { text: string }[] }).paragraphs,
);

/** Each token as an object, read through the columns' methods. */
function rows(tokens: Tokens) {
  return Array.from({ length: tokens.length }, (_, i) => ({
    text: tokens.text(i),
    start: tokens.start(i),
    end: tokens.end(i),
    joined: tokens.joined(i),
    sentenceStart: tokens.sentenceStart(i),
    key: tokens.key(i),
    capitalized: tokens.capitalized(i),
  }));
}

describe('tokenize', () => {
  it('splits as the rules read literally, on the annotated paragraphs and on any text', () => {
    const tricky = fc.constantFrom(...'aLdQéÉ9-\'’. ,;!?…«»\u00a0\u202f'.split(''), 'M.', 'Mme.', "l'", 'qu’', '  ', 'İ');
    const text = fc.oneof(fc.array(tricky, { maxLength: 25 }).map((parts) => parts.join('')), fc.string({ unit: 'grapheme', maxLength: 30 }));
    const check = (value: string) => {
      const tokens = rows(tokenize(value));
      expect(tokens.map(({ text, start, end, joined, sentenceStart }) => ({ text, start, end, joined, sentenceStart }))).toEqual(literally(value));
      for (const token of tokens) expect([token.key, token.capitalized]).toEqual([foldKey(token.text), isCapitalized(token.text)]);
    };
    for (const { text } of fixtures) check(text);
    fc.assert(fc.property(text, check), { numRuns: 3000 });
  });

  it("splits elisions off and keeps abbreviations' full stops", () => {
    expect(tokenize("M. Dupont d'Israël, aujourd'hui.").texts()).toEqual(['M.', 'Dupont', "d'", 'Israël', "aujourd'hui"]);
  });

  it('reads a paragraph in place of the one it held, shorter or longer, growing its columns as needed', () => {
    const long = Array.from({ length: 600 }, (_, i) => `mot${i}`).join(', ');
    const tokens = tokenize(long);
    expect(tokens.length).toBe(600);
    expect(rows(tokens.read('Le général Halevi. Puis'))).toEqual(rows(tokenize('Le général Halevi. Puis')));
    expect(rows(tokens.read(long))).toEqual(rows(tokenize(long)));
  });
});
