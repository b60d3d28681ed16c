import { MAX_SLUG_LENGTH } from '../schema/slug.ts';
import { whenNeeded } from '../lib/when-needed.ts';

// Only for the names the shortcut below leaves it.
const slugify = whenNeeded<typeof import('@sindresorhus/slugify')>('@sindresorhus/slugify');

// A name slugify gives back unchanged (lower-case ASCII words joined by single hyphens), as
// most seed names are: slugify builds expressions on every call, which costs more than the
// rest of a seed's front matter. A test holds the shortcut to what slugify gives.
export const ALREADY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A stable, readable URL segment from a seed's file name, so that editors control
 * URLs and a change in title derivation never breaks a link: lower-case ASCII,
 * accents folded, any other character a hyphen, at most 120 characters.
 * `"seeds/Été 2024_Gaza.txt"` → `"ete-2024-gaza"`
 */
export function deriveSlug(seedPath: string): string {
  const name = seedPath.split('/').pop()!.replace(/\.txt$/i, '');
  const slug = ALREADY_SLUG.test(name) ? name : slugify().default(name, { lowercase: true, decamelize: false, separator: '-' });
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG_LENGTH);
}
