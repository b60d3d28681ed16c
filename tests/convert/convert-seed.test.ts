import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeSeed, seedBody } from '../../src/convert/analyze-seed.ts';
import { convertSeed, renderSeed } from '../../src/convert/convert-seed.ts';
import { renderMdx } from '../helpers/render-mdx.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const seedsDir = new URL('../../seeds/', import.meta.url);
const fixturesDir = new URL('../fixtures/convert/', import.meta.url);
const realSeeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();
const fixtures = readdirSync(fixturesDir).sort();
const readSeed = (name: string) => ({ path: `seeds/${name}`, bytes: readFileSync(new URL(name, seedsDir)) });
const readFixture = (name: string) => ({ path: `seeds/${name}.txt`, bytes: readFileSync(new URL(`${name}/input.txt`, fixturesDir)) });

describe('convertSeed: golden files', () => {
  it('finds the two real seeds and the fixtures', () => {
    expect(realSeeds).toEqual(['000_1a0fa30b9826f976.txt', '004_5a753ca10db2e016.txt']);
    expect(fixtures).toEqual(['english-text', 'header-overrides', 'hostile-markup', 'utf-16le-bom', 'windows-1252']);
  });

  it.each(realSeeds)('converts the real seed %s to its golden MDX', async (name) => {
    const { article, problems } = convertSeed(readSeed(name));
    expect(problems).toEqual([]);
    await expect(article!.mdx).toMatchFileSnapshot(`./golden/${name.replace(/\.txt$/, '')}.mdx`);
  });

  it.each(fixtures)('converts fixture %s to its output.mdx', async (name) => {
    const { article, problems } = convertSeed(readFixture(name));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    await expect(article!.mdx).toMatchFileSnapshot(`../fixtures/convert/${name}/output.mdx`);
  });

  it('renders every hostile line of its fixture as one literal paragraph', async () => {
    const input = readFileSync(new URL('hostile-markup/input.txt', fixturesDir), 'utf8');
    const lines = input.replace(/^date \S+ /, '').split('\n').filter(Boolean);
    const body = convertSeed(readFixture('hostile-markup')).article!.mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
    const { paragraphs, types } = await renderMdx(body);
    expect(types.filter((type) => type !== 'p' && type !== 'fragment')).toEqual([]);
    const words = (text: string) => text.split(/\s+/u).filter(Boolean);
    expect(paragraphs.map(words)).toEqual(lines.map(words));
  });
});

describe('convertSeed: front matter', () => {
  const seed004 = convertSeed(readSeed('004_5a753ca10db2e016.txt'));

  it('records the sha256 of the bytes, a derived title and the real date', () => {
    const { bytes } = readSeed('004_5a753ca10db2e016.txt');
    expect(seed004.article!.data).toMatchObject({
      seedHash: createHash('sha256').update(bytes).digest('hex'),
      titleDerived: true,
      date: '2024-06',
      lang: 'fr',
      slug: '004-5a753ca10db2e016',
      seed: 'seeds/004_5a753ca10db2e016.txt',
    });
    expect(seed004.article!.data.sourceEncoding).toBeUndefined();
  });

  it('counts words and reading minutes plausibly', () => {
    const { wordCount, readingMinutes } = seed004.article!.data;
    const spaced = readFileSync(new URL('004_5a753ca10db2e016.txt', seedsDir), 'utf8').replace(/date 2024-06/, '').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    expect(wordCount).toBeGreaterThanOrEqual(spaced); // « l'armée » counts as two
    expect(wordCount).toBeLessThan(spaced * 1.5);
    expect(readingMinutes).toBe(Math.ceil(wordCount / 200));
    expect(convertSeed({ path: 'seeds/a.txt', bytes: utf8('Court.') }).article!.data).toMatchObject({ wordCount: 1, readingMinutes: 1 });
  });

  it('marks a title given in the header as not derived, and uses every header value', () => {
    expect(convertSeed(readFixture('header-overrides')).article!.data).toMatchObject({
      title: 'Un titre donné à la main : « exact »',
      titleDerived: false,
      date: '2024-06-14',
      slug: 'titre-donne',
      lang: 'fr-CA',
      description: "Une description donnée à la main, qui n'est pas le début du texte.",
    });
  });

  it('records the source encoding of non-UTF-8 seeds with a warning', () => {
    const cp1252 = convertSeed(readFixture('windows-1252'));
    expect(cp1252.article!.data.sourceEncoding).toBe('windows-1252');
    expect(cp1252.problems).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(convertSeed(readFixture('utf-16le-bom')).article!.data.sourceEncoding).toBe('utf-16le');
  });

  // The schema documents sourceEncoding as set "when it was not UTF-8"; a UTF-8 BOM file gets "utf-8-bom".
  it('leaves sourceEncoding unset for UTF-8 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Un texte en UTF-8 avec BOM.')]);
    expect(convertSeed({ path: 'seeds/bom.txt', bytes }).article!.data.sourceEncoding).toBeUndefined();
  });

  it('detects English', () => {
    expect(convertSeed(readFixture('english-text')).article!.data.lang).toBe('en');
  });

  it('applies French spacing to the body of French text only', () => {
    const body = (lang: string) =>
      convertSeed({ path: 'seeds/a.txt', bytes: utf8(`lang: ${lang}\n\nQuoi ? « Oui » : non !`) }).article!.mdx.split('---\n\n')[1];
    expect(body('fr')).toBe('Quoi\u202F? «\u00A0Oui\u00A0»\u00A0: non\u202F!\n');
    expect(body('fr-BE')).toBe(body('fr'));
    expect(body('en')).toBe('Quoi ? « Oui » : non !\n');
    expect(body('de')).toBe('Quoi ? « Oui » : non !\n');
  });

  it('lets the header replace any extracted list, `;`-separated, and an empty value empty it', () => {
    const text = 'people: Jean Dupont ; Marie Curie\nplaces:\ntopics: énergie; défense\n\nLe général Mark Milley est arrivé en Israël.';
    const { data } = convertSeed({ path: 'seeds/a.txt', bytes: utf8(text) }).article!;
    expect(data.people).toEqual(['Jean Dupont', 'Marie Curie']);
    expect(data.places).toEqual([]);
    expect(data.topics).toEqual(['énergie', 'défense']);
    expect(convertSeed({ path: 'seeds/b.txt', bytes: utf8('Le général Mark Milley est arrivé en Israël.') }).article!.data.places).toEqual(['Israël']);
  });

  it('writes a header language tag in its canonical case, and treats `FR` as French', () => {
    const { article } = convertSeed({ path: 'seeds/a.txt', bytes: utf8('lang: FR\n\nQuoi ? Oui.') });
    expect(article!.data.lang).toBe('fr');
    expect(article!.mdx).toContain('Quoi\u202F?');
  });

  it('is deterministic: converting twice gives identical strings', () => {
    for (const seed of [...realSeeds.map(readSeed), ...fixtures.map(readFixture)]) {
      expect(convertSeed(seed)).toEqual(convertSeed(seed));
      expect(convertSeed(seed).article!.mdx).toBe(convertSeed({ path: seed.path, bytes: Uint8Array.from(seed.bytes) }).article!.mdx);
    }
  });
});

describe('seedBody', () => {
  it('derives from the bytes the body the analysis holds, for every real seed and fixture, in any language', () => {
    for (const seed of [...realSeeds.map(readSeed), ...fixtures.map(readFixture)]) {
      const { data, body } = analyzeSeed(seed).article!;
      expect(seedBody(seed, data.lang)).toBe(body);
    }
    const seed = { path: 'seeds/a.txt', bytes: utf8('Quoi ? « Oui » : non !') };
    expect([seedBody(seed, 'fr'), seedBody(seed, 'en')]).toEqual([analyzeSeed(seed).article!.body, 'Quoi ? « Oui » : non !\n']);
  });
});

describe('convertSeed: article key', () => {
  const seed = { path: 'seeds/a.txt', bytes: new TextEncoder().encode('Le Pentagone a confirmé la défense antimissile de la France.') };

  it('gives equal keys to equal files, and another key when the seed, its path or the topics change', () => {
    const article = convertSeed(seed).article!;
    expect(convertSeed({ ...seed, bytes: Uint8Array.from(seed.bytes) }).article!.key).toBe(article.key);
    const others = [
      convertSeed({ ...seed, bytes: new TextEncoder().encode('Le Pentagone a confirmé la défense antimissile de la France !') }),
      convertSeed({ ...seed, path: 'seeds/b.txt' }),
      renderSeed(analyzeSeed(seed), { ...article.data, topics: ['défense antimissile'] }),
    ].map((converted) => converted.article!);
    for (const other of others) {
      expect(other.mdx).not.toBe(article.mdx);
      expect(other.key).not.toBe(article.key);
    }
  });
});

describe('convertSeed: errors', () => {
  const cases: [string, string | Uint8Array, RegExp, number | undefined][] = [
    ['an empty file', '', /no article text/, undefined],
    ['a whitespace-only file', '  \n\t\n  \r\n', /no article text/, undefined],
    ['a header without text', 'title: Seul\n', /no article text/, undefined],
    ['NUL bytes', new Uint8Array([0x41, 0, 0x42]), /binary/, undefined],
    ['an impossible date', 'date 2024-02-30 Le texte.', /impossible or malformed date "2024-02-30"/, 1],
    ['month 13', 'title: T\ndate: 2024-13\n\nLe texte.', /date "2024-13"/, 2],
    ['a path-traversal slug', 'slug: ../../etc\n\nLe texte.', /unsafe slug "..\/..\/etc"/, 1],
    ['a slug with a space and capitals', 'title: T\nslug: A B\n\nLe texte.', /unsafe slug "A B"/, 2],
    ['a slug over 120 characters', `slug: ${'a'.repeat(121)}\n\nLe texte.`, /unsafe slug/, 1],
    ['an unknown key', 'title: T\nauteur: X\n\nLe texte.', /unknown header key "auteur"/, 2],
    ['an invalid lang tag', 'lang: fr_FR\n\nLe texte.', /invalid language tag "fr_FR"/, 1],
    ['an empty title', 'title:\n\nLe texte.', /empty header value/, 1],
  ];

  it.each(cases)('rejects %s with its message and line', (_, input, message, line) => {
    const bytes = typeof input === 'string' ? utf8(input) : input;
    const { article, problems, path } = convertSeed({ path: 'seeds/bad.txt', bytes });
    expect(article).toBeUndefined();
    expect(path).toBe('seeds/bad.txt');
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(message), line }));
  });

  it('reports every header problem of a seed at once', () => {
    const { problems } = convertSeed({ path: 'seeds/bad.txt', bytes: utf8('date 2024-13\nslug: A B\nlang: ?\nfoo: x\n\nTexte.') });
    expect(problems.map((p) => p.line).sort()).toEqual([1, 2, 3, 4]);
  });

  it('rejects a file name that gives no slug, naming the field', () => {
    const { article, problems } = convertSeed({ path: 'seeds/___.txt', bytes: utf8('Le texte.') });
    expect(article).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('"slug"') })]);
  });
});
