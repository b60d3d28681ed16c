/** A calendar date known to the year, the month or the day, as a seed gives it. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined when malformed or impossible.
 * `"2024-06"` → `{ year: 2024, month: 6 }`; `"2024-02-30"` → undefined.
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1) return undefined;
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True when the text is a well-formed and possible `YYYY[-MM[-DD]]` date. */
export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/**
 * French date formats, made when first used: the converter imports this module only to
 * check dates, and making them took some 20 ms of every conversion's start.
 */
function frenchFormats() {
  if (!formats) {
    const monthOnly = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' });
    formats = {
      monthYear: new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      dayMonthYear: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      monthOnly,
      monthNames: Array.from({ length: 12 }, (_, index) => monthOnly.format(new Date(Date.UTC(2000, index, 1)))),
    };
  }
  return formats;
}

let formats: { monthYear: Intl.DateTimeFormat; dayMonthYear: Intl.DateTimeFormat; monthOnly: Intl.DateTimeFormat; monthNames: string[] } | undefined;

/**
 * Formats a date in French at the precision it was given, never inventing a day:
 * `"2024"` → `"2024"`, `"2024-06"` → `"juin 2024"`, `"2024-06-01"` → `"1er juin 2024"`.
 */
export function formatPartialDate(text: string): string {
  let formatted = FORMATTED.get(text);
  if (formatted === undefined) {
    formatted = formatOnce(text);
    FORMATTED.set(text, formatted);
  }
  return formatted;
}

// Every listing of a build formats the same few thousand dates again and again, and
// Intl formatting is slow: each text is formatted once.
const FORMATTED = new Map<string, string>();

function formatOnce(text: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  if (date.month === undefined) return String(date.year);
  const utc = new Date(0);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  utc.setUTCFullYear(date.year, date.month - 1, date.day ?? 1);
  if (date.day === undefined) return frenchFormats().monthYear.format(utc);
  const formatted = frenchFormats().dayMonthYear.format(utc);
  // French writes the first day of a month as an ordinal: « 1er juin ».
  return date.day === 1 ? formatted.replace(/^1 /, '1er ') : formatted;
}

/** The French name of a month, 1-based: `6` → `"juin"`. */
export function monthName(month: number): string {
  const { monthNames, monthOnly } = frenchFormats();
  return monthNames[month - 1] ?? monthOnly.format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** The date as ISO 8601 at its own precision, for `<time datetime>` and structured data. */
export function isoPartialDate(date: PartialDate): string {
  const parts = [String(date.year).padStart(4, '0')];
  if (date.month !== undefined) parts.push(String(date.month).padStart(2, '0'));
  if (date.day !== undefined) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-');
}
