import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/entities/lexicon.ts';
import { foldKey } from '../../src/entities/normalize.ts';

describe('loadLexicon', () => {
  const lexicon = loadLexicon();

  it('takes as given names the names of humannames that are no function, role or calendar word', () => {
    const names = Object.keys(createRequire(import.meta.url)('humannames') as Record<string, unknown>);
    const excluded = (name: string) => [lexicon.stopwords, lexicon.roles, lexicon.calendar].some((words) => words.has(foldKey(name)));
    const wrong = names.filter((name) => lexicon.givenNames.has(name) !== (name.length > 1 && !excluded(name)));
    expect(wrong).toEqual([]);
    expect(['Mark', 'Ursula'].map((name) => lexicon.givenNames.has(name))).toEqual([true, true]);
    expect(['Le', 'Mai', 'Général', 'Zzzqx', 'A'].map((name) => lexicon.givenNames.has(name))).toEqual([false, false, false, false, false]);
  });
});
