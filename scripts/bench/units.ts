/**
 * The benchmark's units, decimal throughout, as the targets it checks are written (a page
 * of at most 25 kB, a query of at most 300 kB): 1 kB is 1,000 bytes, 1 MB 1,000,000. It
 * printed page sizes in units of 1,024 named « KB » while its readers wrote them in
 * thousands, two figures for one page (21.2 and 21.8 for the median article).
 */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1e3).toFixed(1)} kB`;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Megabytes in a number of kibibytes, the unit in which GNU time reports peak memory (`%M`). */
export function megabytesOfKibibytes(kibibytes: number): number {
  return (kibibytes * 1024) / 1e6;
}
