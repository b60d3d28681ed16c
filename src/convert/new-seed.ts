import slugify from '@sindresorhus/slugify';
import { MAX_SLUG_LENGTH } from '../schema/slug.ts';

/**
 * The file of a new article: its name, `<YYYY-MM-DD>-<slug>.txt`, and a header to fill in
 * (the body left empty on purpose: a seed without text does not pass `npm run check`).
 * `newSeed("Réunion à Manama", "2026-11-23")` → `{ fileName: "2026-11-23-reunion-a-manama.txt", … }`
 */
export function newSeed(title: string, date: string): { fileName: string; content: string } {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new Error('a title is needed: npm run new -- "Titre de l\'article"');
  const slug = slugify(clean, { lowercase: true, decamelize: false }).slice(0, MAX_SLUG_LENGTH - date.length - 1).replace(/-+$/, '');
  const fileName = `${date}${slug ? `-${slug}` : ''}.txt`;
  const content = [`title: ${clean}`, `date: ${date}`, 'lang: fr', '', ''].join('\n');
  return { fileName, content };
}
