import type { HeaderField } from '../convert/parse-seed.ts';

/**
 * A header list value as names: `"Mark Milley; Aviv Kochavi"` → `["Mark Milley", "Aviv Kochavi"]`,
 * trimmed, empty items and repeats dropped; an empty value gives an empty list.
 */
export function splitHeaderList(field: HeaderField): string[] {
  const names = field.value.split(';').map((name) => name.trim().normalize('NFC'));
  return [...new Set(names.filter((name) => name !== ''))];
}
