import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLastCommitDates } from '../../src/lib/read-last-commit-dates.ts';

let folder: string;
const ceiling = process.env.GIT_CEILING_DIRECTORIES;

/** Runs git in the temporary folder with fixed identities and dates. */
function git(args: string[], date?: string): void {
  execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
    cwd: folder,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
      ...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
    },
  });
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'veille-git-'));
  // Whatever holds the temporary folder, git must not find a checkout above it.
  process.env.GIT_CEILING_DIRECTORIES = path.dirname(folder);
});

afterAll(async () => {
  if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
  else process.env.GIT_CEILING_DIRECTORIES = ceiling;
  await rm(folder, { recursive: true, force: true });
});

describe('readLastCommitDates', () => {
  it('gives an empty map outside a git checkout', () => {
    expect(readLastCommitDates(folder, ['*.txt'])).toEqual(new Map());
  });

  it('gives an empty map for a folder that does not exist', () => {
    expect(readLastCommitDates(path.join(folder, 'absent'))).toEqual(new Map());
  });

  it('reads the last commit date of each committed file, relative to the folder, in one call', async () => {
    git(['init', '-q', '-b', 'main']);
    await mkdir(path.join(folder, 'project', 'seeds'), { recursive: true });
    await writeFile(path.join(folder, 'project', 'seeds', 'a.txt'), 'un');
    await writeFile(path.join(folder, 'project', 'seeds', 'b c.txt'), 'deux');
    await writeFile(path.join(folder, 'project', 'notes.md'), 'notes');
    git(['add', '.']);
    git(['commit', '-q', '-m', 'first'], '2026-01-10T09:00:00+01:00');
    await writeFile(path.join(folder, 'project', 'seeds', 'a.txt'), 'un, modifié');
    git(['commit', '-q', '-am', 'second'], '2026-11-23T13:27:24+00:00');
    await writeFile(path.join(folder, 'project', 'seeds', 'new.txt'), 'pas encore commité');

    const dates = readLastCommitDates(path.join(folder, 'project'), ['*.txt']);
    expect(dates).toEqual(
      new Map([
        ['seeds/a.txt', '2026-11-23T13:27:24+00:00'],
        ['seeds/b c.txt', '2026-01-10T09:00:00+01:00'],
      ]),
    );
  });
});
