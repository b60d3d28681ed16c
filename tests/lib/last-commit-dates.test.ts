import { describe, expect, it } from 'vitest';
import { parseLastCommitDates } from '../../src/lib/last-commit-dates.ts';

/** The output of `git log -z --name-only --format=%x1e%cI` for commits given newest first. */
function gitLog(commits: Array<[date: string, files: string[]]>): string {
  return commits.map(([date, files]) => `\u001e${date}\0${files.length > 0 ? `\n${files.join('\0')}\0` : ''}`).join('');
}

describe('parseLastCommitDates', () => {
  it('dates each file by the newest commit that touched it', () => {
    const log = gitLog([
      ['2026-11-23T13:27:24+01:00', ['seeds/a.txt']],
      ['2026-10-01T08:00:00+00:00', ['seeds/a.txt', 'seeds/b.txt']],
      ['2025-01-02T00:00:00-05:00', ['seeds/b.txt', 'seeds/c.txt']],
    ]);
    expect(parseLastCommitDates(log)).toEqual(
      new Map([
        ['seeds/a.txt', '2026-11-23T13:27:24+01:00'],
        ['seeds/b.txt', '2026-10-01T08:00:00+00:00'],
        ['seeds/c.txt', '2025-01-02T00:00:00-05:00'],
      ]),
    );
  });

  it('keeps file names verbatim: spaces, accents, quotes and newlines', () => {
    const names = ['seeds/a b.txt', 'seeds/Israël « été ».txt', 'seeds/"quoted".txt', 'seeds/two\nlines.txt'];
    const dates = parseLastCommitDates(gitLog([['2026-01-01T00:00:00+00:00', names]]));
    expect([...dates.keys()]).toEqual(names);
  });

  it('skips commits without files, such as merges', () => {
    const log = gitLog([
      ['2026-03-01T00:00:00+00:00', []],
      ['2026-02-01T00:00:00+00:00', ['seeds/a.txt']],
    ]);
    expect(parseLastCommitDates(log)).toEqual(new Map([['seeds/a.txt', '2026-02-01T00:00:00+00:00']]));
  });

  it('gives nothing for an empty log', () => {
    expect(parseLastCommitDates('')).toEqual(new Map());
  });
});
