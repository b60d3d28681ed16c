import { describe, expect, it } from 'vitest';
import { HEADER_KEYS, parseSeed } from '../../src/convert/parse-seed.ts';

describe('parseSeed: bare date', () => {
  it('reads `date 2024-06` on the same line as the first sentence (as seed 004 does)', () => {
    const parsed = parseSeed(" date 2024-06 Le chef d'état-major a rencontré ses homologues.\n\nLa réunion s'est tenue lundi.");
    expect(parsed.header).toEqual({ date: { value: '2024-06', line: 1 } });
    expect(parsed.paragraphs).toEqual([
      { text: "Le chef d'état-major a rencontré ses homologues.", line: 1 },
      { text: "La réunion s'est tenue lundi.", line: 3 },
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('reads a bare `date 2024` alone on its line', () => {
    const parsed = parseSeed('date 2024\n\nPremier paragraphe.');
    expect(parsed.header).toEqual({ date: { value: '2024', line: 1 } });
    expect(parsed.paragraphs).toEqual([{ text: 'Premier paragraphe.', line: 3 }]);
  });

  it('keeps a malformed date as a header value, so that it can be reported', () => {
    expect(parseSeed('date 2024/6/1 Texte.').header.date).toEqual({ value: '2024/6/1', line: 1 });
  });
});

describe('parseSeed: key: value header', () => {
  const seed = [
    '',
    'title: Un titre : avec deux-points',
    'date: 2024-06-14',
    'slug: un-titre',
    'lang: fr',
    'description:   Une description.  ',
    '',
    'Premier paragraphe.',
  ].join('\n');

  it('reads every known key with its 1-based line number, values trimmed', () => {
    expect(parseSeed(seed).header).toEqual({
      title: { value: 'Un titre : avec deux-points', line: 2 },
      date: { value: '2024-06-14', line: 3 },
      slug: { value: 'un-titre', line: 4 },
      lang: { value: 'fr', line: 5 },
      description: { value: 'Une description.', line: 6 },
    });
    expect(parseSeed(seed).paragraphs).toEqual([{ text: 'Premier paragraphe.', line: 8 }]);
    expect(parseSeed(seed).problems).toEqual([]);
  });

  it('knows exactly the documented keys', () => {
    expect([...HEADER_KEYS].sort()).toEqual(['date', 'description', 'lang', 'organizations', 'people', 'places', 'slug', 'sources', 'title', 'topics']);
  });

  it('reports an unknown key as an error on its line, naming the key, and reads on', () => {
    const { problems, header, paragraphs } = parseSeed('title: T\nauthor: Barak Ravid\ndate: 2024\n\nTexte.');
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', line: 2, message: expect.stringContaining('"author"') })]);
    expect(header).toEqual({ title: { value: 'T', line: 1 }, date: { value: '2024', line: 3 } });
    expect(paragraphs).toEqual([{ text: 'Texte.', line: 5 }]);
  });

  it('reports a duplicate key on its second line, pointing to the first, and keeps the first value', () => {
    const { problems, header } = parseSeed('slug: un\ntitle: T\nslug: deux\n\nTexte.');
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', line: 3, message: expect.stringMatching(/"slug".*line 1/) }),
    ]);
    expect(header.slug).toEqual({ value: 'un', line: 1 });
  });

  it('counts a bare date and a `date:` line as the same key', () => {
    const { problems } = parseSeed('date 2024\ndate: 2025\n\nTexte.');
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', line: 2 })]);
  });
});

describe('parseSeed: paragraphs', () => {
  it('makes every non-empty line a paragraph, with or without blank lines between', () => {
    const { paragraphs } = parseSeed('Un.\nDeux.\n\n\nTrois.\n   \n  Quatre.  \n');
    expect(paragraphs).toEqual([
      { text: 'Un.', line: 1 },
      { text: 'Deux.', line: 2 },
      { text: 'Trois.', line: 5 },
      { text: 'Quatre.', line: 7 },
    ]);
  });

  it('counts leading blank lines in line numbers', () => {
    expect(parseSeed('\n\n\nTexte.').paragraphs).toEqual([{ text: 'Texte.', line: 4 }]);
  });

  it('reads a capitalised « Selon lui : … » line as body, not header', () => {
    const parsed = parseSeed('Selon lui : la réunion était secrète.\nIl a ajouté : rien.');
    expect(parsed.header).toEqual({});
    expect(parsed.problems).toEqual([]);
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(['Selon lui : la réunion était secrète.', 'Il a ajouté : rien.']);
  });

  it('reads a known key in any case (`Title:`), but leaves unknown capitalised ones as text', () => {
    const parsed = parseSeed('Title: Mon titre\nDate: 2024-06\nParis : la réunion a eu lieu.');
    expect(parsed.header).toEqual({ title: { value: 'Mon titre', line: 1 }, date: { value: '2024-06', line: 2 } });
    expect(parsed.problems).toEqual([]);
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(['Paris : la réunion a eu lieu.']);
  });

  it('reads a first line that begins with a URL as body, not as an unknown key', () => {
    const parsed = parseSeed('https://www.axios.com/2024/06/14/generaux\n\nLe chef d’état-major a rencontré ses homologues.');
    expect(parsed.problems).toEqual([]);
    expect(parsed.paragraphs[0]).toEqual({ text: 'https://www.axios.com/2024/06/14/generaux', line: 1 });
  });

  it('ends the header at the first body line: later `key: value` lines are body', () => {
    const parsed = parseSeed('title: T\nLe texte.\ndate: 2024\nslug: x');
    expect(parsed.header).toEqual({ title: { value: 'T', line: 1 } });
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(['Le texte.', 'date: 2024', 'slug: x']);
    expect(parsed.problems).toEqual([]);
  });

  it('gives no paragraph for a header-only or empty text', () => {
    expect(parseSeed('title: T').paragraphs).toEqual([]);
    expect(parseSeed('').paragraphs).toEqual([]);
    expect(parseSeed(' \n\t\n').paragraphs).toEqual([]);
  });
});
