import slugify from '@sindresorhus/slugify';
import { MAX_SLUG_LENGTH } from '../schema/slug.ts';

/**
 * A stable, readable URL segment from a seed's file name, so that editors control
 * URLs and a change in title derivation never breaks a link: lower-case ASCII,
 * accents folded, any other character a hyphen, at most 120 characters.
 * `"seeds/Été 2024_Gaza.txt"` → `"ete-2024-gaza"`
 */
export function deriveSlug(seedPath: string): string {
  const name = seedPath.split('/').pop()!.replace(/\.txt$/i, '');
  const slug = slugify(name, { lowercase: true, decamelize: false, separator: '-' });
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG_LENGTH);
}
