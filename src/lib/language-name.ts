const NAMES = new Intl.DisplayNames(['fr'], { type: 'language' });

/** The French name of a language tag, as a reader expects it: `"en"` → `"anglais"`. */
export function languageName(tag: string): string {
  try {
    return NAMES.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
