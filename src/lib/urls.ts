/** Site-relative address of an article page. */
export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

/** Address of the archive of a year. */
export function yearPath(year: number): string {
  return `/archives/${year}/`;
}

/** Address of the archive of a month; a year-only group lives on its year's page. */
export function monthPath(year: number, month?: number): string {
  return month === undefined ? `${yearPath(year)}#annee-seule` : `/archives/${year}/${String(month).padStart(2, '0')}/`;
}

/** Address of the undated articles. */
export const UNDATED_PATH = '/archives/sans-date/';

/** Address of the search results page for a query. */
export function searchPath(query = ''): string {
  return query ? `/recherche/?q=${encodeURIComponent(query)}` : '/recherche/';
}
