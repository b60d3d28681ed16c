import { monthName, parsePartialDate } from './partial-date.ts';

/** What the archive logic needs to know of an article. */
export interface ArchiveItem {
  slug: string;
  title: string;
  date?: string;
}

/**
 * Newest first, by date at its own precision: within June 2024, the articles dated to the
 * day come first and those dated « juin 2024 » only after them (likewise a year-only date
 * after that year's months); undated articles last; ties broken by slug so the order never
 * depends on file-system order.
 */
export function compareNewestFirst(a: ArchiveItem, b: ArchiveItem): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** A copy of the articles, newest first, undated last. */
export function sortNewestFirst<T extends ArchiveItem>(items: readonly T[]): T[] {
  return [...items].sort(compareNewestFirst);
}

/** Articles of one month; `month` is undefined for those dated to the year only. */
export interface MonthGroup<T> {
  year: number;
  month?: number;
  items: T[];
}

/** Articles of one year, with their months newest first. */
export interface YearGroup<T> {
  year: number;
  count: number;
  months: MonthGroup<T>[];
}

/** The archive by year and month, newest first, and the undated articles apart. */
export interface Archive<T> {
  years: YearGroup<T>[];
  undated: T[];
}

/** Groups articles by year and month, each group newest first. */
export function groupByYearAndMonth<T extends ArchiveItem>(items: readonly T[]): Archive<T> {
  const years = new Map<number, YearGroup<T>>();
  const undated: T[] = [];
  for (const item of sortNewestFirst(items)) {
    const date = item.date === undefined ? undefined : parsePartialDate(item.date);
    if (!date) {
      undated.push(item);
      continue;
    }
    let year = years.get(date.year);
    if (!year) {
      year = { year: date.year, count: 0, months: [] };
      years.set(date.year, year);
    }
    year.count++;
    let month = year.months.find((group) => group.month === date.month);
    if (!month) {
      month = { year: date.year, month: date.month, items: [] };
      year.months.push(month);
    }
    month.items.push(item);
  }
  return { years: [...years.values()], undated };
}

/** The articles just before (older) and after (newer) one, in date order. */
export interface Neighbours<T> {
  older?: T;
  newer?: T;
}

/** Previous and next articles of each article in newest-first order, computed once for all. */
export function neighboursBySlug<T extends ArchiveItem>(items: readonly T[]): Map<string, Neighbours<T>> {
  const sorted = sortNewestFirst(items);
  return new Map(sorted.map((item, index) => [item.slug, { newer: sorted[index - 1], older: sorted[index + 1] }]));
}

/** « juin 2024 », or « 2024, mois inconnu » for the articles dated to the year only. */
export function monthLabel(year: number, month?: number): string {
  return month === undefined ? `${year}, mois inconnu` : `${monthName(month)} ${year}`;
}

/** A month label as a heading or link text: « Juin 2024 », « 2024, mois inconnu ». */
export function monthHeading(year: number, month?: number): string {
  const label = monthLabel(year, month);
  return label.charAt(0).toLocaleUpperCase('fr') + label.slice(1);
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
