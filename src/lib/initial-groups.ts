import { foldForSearch } from './search-folding.ts';

/** The letters of an index's jump list, in order. */
export const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** Heading of the group of names that do not start with a Latin letter (digits, other scripts). */
export const OTHER_INITIAL = '#';

/** The names of an index that share an initial, under one heading. */
export interface InitialGroup<T> {
  /** `A`…`Z`, or `#` for the rest. */
  letter: string;
  /** Fragment identifier of the group's heading: `lettre-a`, `lettre-autres`. */
  id: string;
  items: T[];
}

/**
 * The initial a name is filed under: its first letter or digit without accent, upper-case,
 * `#` unless it is A–Z. `"Égypte"` → `"E"`, `"« Al-Qods »"` → `"A"`, `"11-Septembre"` → `"#"`.
 */
export function initialOf(name: string): string {
  // The ligatures « œ » and « æ » do not decompose: fold them as search does (« Œuvre » under O).
  const first = /[\p{L}\p{N}]/u.exec(foldForSearch(name))?.[0] ?? '';
  const letter = first.normalize('NFD').charAt(0).toLocaleUpperCase('fr');
  return LETTERS.includes(letter) ? letter : OTHER_INITIAL;
}

/**
 * Fragment identifier of a letter's group, and the address segment of its pages when an
 * index has pages by initial: `lettre-a`, `lettre-autres`.
 */
export function initialId(letter: string): string {
  return letter === OTHER_INITIAL ? 'lettre-autres' : `lettre-${letter.toLowerCase()}`;
}

/**
 * How the pages of an index by initial name one: `Lettre M`, `Autres initiales` for `#`
 * (the jump list's link to them, breadcrumbs, headings).
 */
export function initialLabel(letter: string): string {
  return letter === OTHER_INITIAL ? 'Autres initiales' : `Lettre ${letter}`;
}

/** The segments of the pages by initial, which no name's page may take (see `assignSlugs`). */
export const INITIAL_SEGMENTS: readonly string[] = [...LETTERS, OTHER_INITIAL].map(initialId);

/**
 * Groups items already in index order by initial: groups A to Z, then `#`, each keeping the
 * order it was given. `["Damas", "Égypte", "Amman"]` → `A: [Amman]`, `D: [Damas]`, `E: [Égypte]`.
 */
export function groupByInitial<T>(items: readonly T[], nameOf: (item: T) => string): InitialGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = initialOf(nameOf(item));
    const group = groups.get(letter);
    if (group) group.push(item);
    else groups.set(letter, [item]);
  }
  return [...LETTERS, OTHER_INITIAL]
    .filter((letter) => groups.has(letter))
    .map((letter) => ({ letter, id: initialId(letter), items: groups.get(letter)! }));
}
