import slugify from '@sindresorhus/slugify';

/** French collation, the order readers expect in an index (« Égypte » between « Damas » and « France »). */
const COLLATOR = new Intl.Collator('fr');

/** Orders names as a French index does; names equal to the collator fall back to code-unit order. */
export function compareNames(a: string, b: string): number {
  return COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Slug of a name whose letters are all outside what transliteration knows (a rare script). */
const FALLBACK_SLUG = 'sans-nom';

/**
 * The address segment of a name, before any collision suffix: `"États-Unis"` → `"etats-unis"`,
 * `"Zürich"` → `"zurich"`, `"Œuvre d'Orient"` → `"oeuvre-d-orient"`, `"AT&T"` → `"at-et-t"`.
 */
export function baseSlug(name: string): string {
  // Accents on Latin letters are dropped before transliteration, which would otherwise spell
  // them the German way (« Zürich » → « zuerich »); marks of other scripts carry sounds and stay.
  const plain = name.normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC');
  // decamelize would split the « OE » of a transliterated « Œ » into « o-e ».
  const slug = slugify(plain, { decamelize: false, customReplacements: [['&', ' et ']] });
  return slug === '' ? FALLBACK_SLUG : slug;
}

/**
 * A unique slug for each distinct name, none of them `reserved`. Names sharing a base slug
 * are taken in French collation order: the first keeps it, the next ones get `-2`, `-3`…
 * (skipping any slug that another name has by nature), so the result never depends on the
 * order names arrive in; a name whose base slug is reserved is suffixed the same way.
 * `["Etats-Unis", "États-Unis"]` → `Etats-Unis` → `etats-unis`, `États-Unis` → `etats-unis-2`.
 */
export function assignSlugs(names: Iterable<string>, reserved: Iterable<string> = []): Map<string, string> {
  const sorted = [...new Set(names)].sort(compareNames);
  const bases = sorted.map(baseSlug);
  const taken = new Set([...bases, ...reserved]);
  const used = new Set<string>(reserved);
  const slugs = new Map<string, string>();
  sorted.forEach((name, index) => {
    const base = bases[index];
    let slug = base;
    if (used.has(slug)) {
      let suffix = 2;
      while (taken.has(`${base}-${suffix}`)) suffix++;
      slug = `${base}-${suffix}`;
      taken.add(slug);
    }
    used.add(slug);
    slugs.set(name, slug);
  });
  return slugs;
}
