import type { PaginateFunction } from 'astro';
import type { Archive } from './archive.ts';
import { loadCorpus } from './articles.ts';
import { site } from '../site.config.ts';
import { monthName } from './partial-date.ts';
import { monthSegment } from './urls.ts';

/** « juin 2024 », or « 2024, mois inconnu » for the articles dated to the year only. */
export function monthLabel(year: number, month?: number): string {
  return month === undefined ? `${year}, mois inconnu` : `${monthName(month)} ${year}`;
}

/** Every month's articles (and each year's year-only articles) in pages: `/archives/2024/06/`, `/archives/2024/06/2/`. */
export async function monthPaths(paginate: PaginateFunction) {
  const { archive } = await loadCorpus();
  return archive.years.flatMap((year) =>
    year.months.flatMap((group) =>
      paginate(group.items, { params: { year: String(year.year), month: monthSegment(group.month) }, props: { group }, pageSize: site.pageSize }),
    ),
  );
}

/** The undated articles in pages: `/archives/sans-date/`, `/archives/sans-date/2/`. */
export async function undatedPaths(paginate: PaginateFunction) {
  const { archive } = await loadCorpus();
  return paginate(archive.undated, { pageSize: site.pageSize });
}

/** The whole archive, newest first, in pages for the timeline: `/chronologie/`, `/chronologie/2/`. */
export async function timelinePaths(paginate: PaginateFunction) {
  const { articles, archive } = await loadCorpus();
  return paginate(articles, { pageSize: site.pageSize, props: { archive, starts: groupStarts(archive, site.pageSize) } });
}

/** Where a year (or the undated articles, `year` undefined) starts in the paged timeline. */
export interface GroupStart {
  year?: number;
  page: number;
}

/**
 * The page on which each year's articles, then the undated ones, start when the archive is
 * listed newest first in pages of `pageSize`: the timeline's « Années » links.
 */
export function groupStarts(archive: Archive<unknown>, pageSize: number): GroupStart[] {
  const starts: GroupStart[] = [];
  let before = 0;
  for (const year of archive.years) {
    starts.push({ year: year.year, page: Math.floor(before / pageSize) + 1 });
    before += year.count;
  }
  if (archive.undated.length > 0) starts.push({ page: Math.floor(before / pageSize) + 1 });
  return starts;
}
