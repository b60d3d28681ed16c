import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let folder: string;
let output: { status: number | null; stdout: string };

// One seed per kind of problem an editor can make; checked in one run.
const SEEDS: Record<string, string | Buffer> = {
  'bon.txt': 'title: Un article correct\ndate: 2024-06-10\n\nLe texte de l’article.',
  'date-impossible.txt': 'title: Date\ndate: 2024-02-30\n\nTexte.',
  'cle-inconnue.txt': 'title: Clé\nauteur: Jean\n\nTexte.',
  'cle-double.txt': 'title: Un\ntitle: Deux\n\nTexte.',
  'slug-dangereux.txt': 'slug: ../../etc\n\nTexte.',
  'langue.txt': 'lang: fr_FR\n\nTexte.',
  'vide.txt': '   \n\n',
  'binaire.txt': Buffer.from([0x00, 0x01, 0x02, 0x03, 0x50, 0x4b]),
  'latin1.txt': iconv.encode('Un article enregistré en Windows-1252.', 'windows-1252'),
  'doublon-a.txt': 'slug: meme-adresse\n\nPremier.',
  'doublon-b.txt': 'slug: meme-adresse\n\nSecond.',
};

beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'veille-check-'));
  for (const [name, content] of Object.entries(SEEDS)) writeFileSync(path.join(folder, name), content);
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--no-code', '--seeds', folder], { cwd: root, encoding: 'utf8' });
  output = { status: result.status, stdout: result.stdout };
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const at = (name: string) => path.relative(root, path.join(folder, name));

describe('npm run check', () => {
  it.each([
    ['date-impossible.txt', ':2: error: impossible or malformed date "2024-02-30" (write YYYY, YYYY-MM or YYYY-MM-DD)'],
    ['cle-inconnue.txt', ':2: error: unknown header key "auteur" (known keys: title, date, slug, lang, description, people, places, organizations, topics, sources)'],
    ['cle-double.txt', ':2: error: header key "title" given twice (first on line 1)'],
    ['slug-dangereux.txt', ':1: error: unsafe slug "../../etc"'],
    ['langue.txt', ':1: error: invalid language tag "fr_FR" (use a BCP 47 tag such as fr or en)'],
    ['vide.txt', ': error: no article text (a seed needs at least one non-empty line of text)'],
    ['binaire.txt', ': error: binary file (contains NUL bytes), not text'],
    ['latin1.txt', ': warning: not UTF-8: read as Windows-1252 (Latin-1) (save the file as UTF-8 to silence this warning)'],
    ['doublon-a.txt', ': error: slug "meme-adresse" is also the slug of {doublon-b.txt}'],
  ])('reports %s with its line and a hint', (name, message) => {
    expect(output.stdout).toContain(`${at(name)}${message.replace('{doublon-b.txt}', at('doublon-b.txt'))}`);
  });

  it('reports every problem in one run, says nothing of the good seed, and fails', () => {
    expect(output.stdout).not.toContain(at('bon.txt'));
    expect(output.stdout).toMatch(/check: seeds: 11 seed\(s\) read, 9 error\(s\), 1 warning\(s\)/);
    expect(output.status).toBe(1);
  });

  it('passes with warnings only', () => {
    const clean = mkdtempSync(path.join(os.tmpdir(), 'veille-check-ok-'));
    writeFileSync(path.join(clean, 'latin1.txt'), SEEDS['latin1.txt']);
    const result = spawnSync(process.execPath, ['scripts/check.ts', '--no-code', '--seeds', clean], { cwd: root, encoding: 'utf8' });
    rmSync(clean, { recursive: true, force: true });
    expect(result.stdout).toContain('warning: not UTF-8');
    expect(result.status).toBe(0);
  });
});
