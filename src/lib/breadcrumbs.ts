import { monthName, parsePartialDate } from './partial-date.ts';
import { KIND_INFO, type EntityKind } from './entity-kinds.ts';
import { entityIndexPath, monthPath, UNDATED_PATH, yearPath } from './urls.ts';

/** One step of a breadcrumb trail; the last one is the current page and has no link. */
export interface Crumb {
  label: string;
  href?: string;
}

const HOME: Crumb = { label: 'Accueil', href: '/' };
const ARCHIVES: Crumb = { label: 'Archives', href: '/archives/' };

/** Accueil › Archives › 2024 › juin › <title>, or Accueil › Archives › Sans date › <title>. */
export function articleBreadcrumbs(article: { title: string; date?: string }): Crumb[] {
  return [...dateBreadcrumbs(article.date), { label: article.title }];
}

/** The trail down to a year, a month or the undated articles, each step a link. */
export function dateBreadcrumbs(date?: string): Crumb[] {
  const parsed = date === undefined ? undefined : parsePartialDate(date);
  if (!parsed) return [HOME, ARCHIVES, { label: 'Sans date', href: UNDATED_PATH }];
  const trail = [HOME, ARCHIVES, { label: String(parsed.year), href: yearPath(parsed.year) }];
  if (parsed.month !== undefined) trail.push({ label: monthName(parsed.month), href: monthPath(parsed.year, parsed.month) });
  return trail;
}

/** The trail of a section page: Accueil › <label>. */
export function sectionBreadcrumbs(label: string): Crumb[] {
  return [HOME, { label }];
}

/** Accueil › Personnes › <name> for an entity page; Accueil › Personnes for the index of its kind. */
export function entityBreadcrumbs(kind: EntityKind, name?: string): Crumb[] {
  const section = { label: KIND_INFO[kind].title, href: entityIndexPath(kind) };
  return name === undefined ? [HOME, { label: section.label }] : [HOME, section, { label: name }];
}
