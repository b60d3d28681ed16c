import { describe, expect, it } from 'vitest';
import { convertSeed } from '../../src/convert/convert-seed.ts';
import { newSeed } from '../../src/convert/new-seed.ts';

describe('newSeed', () => {
  it('names the file after the date and the title, and writes a header to fill in', () => {
    const { fileName, content } = newSeed("  Réunion à Manama : l'essentiel ", '2026-11-23');
    expect(fileName).toBe('2026-11-23-reunion-a-manama-l-essentiel.txt');
    expect(content).toBe("title: Réunion à Manama : l'essentiel\ndate: 2026-11-23\nlang: fr\n\n");
  });

  it('gives a seed that the converter accepts once its text is written, and refuses without', () => {
    const { fileName, content } = newSeed('Un titre', '2026-11-23');
    const written = convertSeed({ path: `seeds/${fileName}`, bytes: new TextEncoder().encode(`${content}Le texte.`) });
    expect(written.article?.data).toMatchObject({ title: 'Un titre', date: '2026-11-23', slug: '2026-11-23-un-titre' });
    expect(convertSeed({ path: `seeds/${fileName}`, bytes: new TextEncoder().encode(content) }).problems[0].message).toBe('no article text');
  });

  it('refuses an empty title', () => {
    expect(() => newSeed('   ', '2026-11-23')).toThrow('a title is needed');
  });
});
