import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { formatBuildReport, summarizeSeeds } from '../../src/convert/build-report.ts';
import { convertSeeds } from '../../src/convert/convert-seeds.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('build report', () => {
  it('counts articles, seeds not in UTF-8, derived titles and undated articles', () => {
    const { seeds } = convertSeeds([
      { path: 'seeds/a.txt', bytes: utf8('title: Donné\ndate: 2024\n\nTexte un.') },
      { path: 'seeds/b.txt', bytes: utf8('Texte deux, sans titre ni date.') },
      { path: 'seeds/c.txt', bytes: iconv.encode('date 2023-05 Texte trois, en Latin-1 : été.', 'windows-1252') },
      { path: 'seeds/d.txt', bytes: utf8('') },
    ]);
    expect(summarizeSeeds(seeds)).toEqual({ articles: 3, notUtf8: 1, derivedTitles: 2, undated: 1, warnings: 1 });
  });

  it('prints the counts and the time of each phase', () => {
    const report = formatBuildReport({ articles: 3, notUtf8: 1, derivedTitles: 2, undated: 1, warnings: 1 }, 40, [
      ['convert', 900],
      ['astro', 3100],
    ]);
    expect(report).toBe(
      'build report: 3 articles built, 40 pages in all\n' +
        '  warnings: 1 seed not in UTF-8, 2 titles derived from the text, 1 undated article\n' +
        '  time: convert 0.9 s, astro 3.1 s (total 4.0 s)',
    );
  });
});
