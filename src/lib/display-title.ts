import { frenchSpacing } from './french-spacing.ts';

/** A title as the page shows it: French typographic spacing for French text, untouched otherwise. */
export function displayTitle(title: string, lang: string): string {
  return lang === 'fr' || lang.startsWith('fr-') ? frenchSpacing(title) : title;
}
