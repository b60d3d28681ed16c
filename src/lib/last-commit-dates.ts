/** Marks the start of a commit in the log read by readLastCommitDates (ASCII record separator). */
export const COMMIT_MARK = '\u001e';

/**
 * The date of the newest commit of each path, from the output of
 * `git log -z --name-only --format=%x1e%cI` (newest commit first):
 * `"\x1e2026-11-23T13:27:24+00:00\0\nseeds/a.txt\0seeds/b.txt\0\x1e2026-01-02T…\0\nseeds/a.txt\0"`
 * → `seeds/a.txt` and `seeds/b.txt` both dated 2026-11-23T13:27:24+00:00.
 */
export function parseLastCommitDates(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  let date: string | undefined;
  for (const field of log.split('\0')) {
    // With -z, git ends a commit's header with NUL and starts its file list with a newline.
    const token = field.startsWith('\n') ? field.slice(1) : field;
    if (token.startsWith(COMMIT_MARK)) {
      date = token.slice(COMMIT_MARK.length).trim() || undefined;
    } else if (token !== '' && date !== undefined && !dates.has(token)) {
      dates.set(token, date);
    }
  }
  return dates;
}
