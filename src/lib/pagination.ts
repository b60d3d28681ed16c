/**
 * A page size from the text of environment variable `name` (`site.pageSize`,
 * `site.indexPageSize`), or `fallback` when it is absent; anything but a positive integer is refused.
 */
export function pageSizeFrom(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const size = Number(text);
  if (!Number.isInteger(size) || size < 1) throw new Error(`${name} must be a positive integer, not "${text}"`);
  return size;
}

/** What a page's title and heading add when a listing has several pages: ` (page 2 sur 5)`, else nothing. */
export function pageSuffix(current: number, last: number): string {
  return last > 1 ? ` (page ${current} sur ${last})` : '';
}

/** Address of page `n` of a listing whose first page is at `first`: `/lieux/paris/` → `/lieux/paris/3/`. */
export function pagePath(first: string, n: number): string {
  return n === 1 ? first : `${first}${n}/`;
}

/**
 * The page numbers a pagination bar shows: the first and last pages, the current one and
 * its neighbours, with `undefined` for each gap. `pageNumbers(6, 12)` →
 * `[1, undefined, 5, 6, 7, undefined, 12]`; a gap of one page shows that page instead.
 */
export function pageNumbers(current: number, last: number, around = 1): (number | undefined)[] {
  const shown = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const numbers: (number | undefined)[] = [];
  sorted.forEach((n, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && n - previous === 2) numbers.push(n - 1);
    else if (previous !== undefined && n - previous > 2) numbers.push(undefined);
    numbers.push(n);
  });
  return numbers;
}
