import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { loadGazetteer } from '../../src/entities/gazetteer.ts';
import { loadLexicon } from '../../src/entities/lexicon.ts';
import { matchGazetteer, mayStartName } from '../../src/entities/match-gazetteer.ts';
import { matchOrganization, mayStartOrganization } from '../../src/entities/match-organization.ts';
import { matchPerson, mayStartPerson } from '../../src/entities/match-person.ts';
import { tokenize } from '../../src/entities/tokenize.ts';

const fixtures = (['paragraphs', 'held-out'] as const).flatMap(
  (name) => (JSON.parse(readFileSync(new URL(`../fixtures/entities/${name}.json`, import.meta.url), 'utf8')) as { paragraphs: { text: string }[] }).paragraphs,
);
const paragraphs = [...fixtures.map(({ text }) => text), ...generateCorpus(30, 5).flatMap(({ text }) => text.split('\n'))];
const gazetteer = loadGazetteer();
const lexicon = loadLexicon();

// The extractor skips a rule at a word its `mayStart…` rules out: that must never lose a match.
describe('the rules a word rules out', () => {
  it('find nothing there, at every word of the annotated and generated paragraphs', () => {
    let skipped = 0;
    for (const paragraph of paragraphs) {
      const tokens = tokenize(paragraph);
      // Every word as a name seen before: the most a person match could lean on.
      const known = new Set(tokens.texts());
      tokens.spellings.slice(0, tokens.length).forEach((word, index) => {
        if (!mayStartName(word, gazetteer)) expect(matchGazetteer(tokens, index, gazetteer)).toBeUndefined();
        if (!mayStartPerson(word, lexicon)) expect(matchPerson(tokens, index, { gazetteer, lexicon, known })).toBeUndefined();
        if (!mayStartOrganization(word)) expect(matchOrganization(tokens, index, { gazetteer, lexicon })).toBeUndefined();
        if (!mayStartName(word, gazetteer) && !mayStartPerson(word, lexicon) && !mayStartOrganization(word)) skipped++;
      });
    }
    expect(skipped).toBeGreaterThan(1000);
  });
});

describe('matchGazetteer', () => {
  it('finds the longest known name, word by word through the name tree', () => {
    const tokens = tokenize('Les Émirats arabes unis et le Royaume-Uni');
    expect(matchGazetteer(tokens, 1, gazetteer)).toMatchObject({ entry: { canonical: 'Émirats arabes unis' }, length: 3 });
  });

  it('is tried at a lower-case word only where some name may start in lower case', () => {
    const tokens = tokenize('la conférence de La Haye sur le golfe Persique');
    const tried = tokens.texts().filter((_, index) => mayStartName(tokens.spellings[index], gazetteer));
    expect(tried).toEqual(['La', 'Haye', 'golfe']);
    expect(matchGazetteer(tokens, tokens.length - 2, gazetteer)).toMatchObject({ entry: { canonical: 'Golfe' }, length: 2 });
  });

  it('holds in its tree exactly the names, and no branch that leads to none', () => {
    const paths: string[] = [];
    const walk = (node: typeof gazetteer.tree, words: string[]): boolean => {
      if (node.entry) {
        paths.push(words.join(' '));
        expect(gazetteer.names.get(words.join(' '))).toBe(node.entry);
      }
      const branches = [...(node.next ?? [])].map(([word, child]) => walk(child, [...words, word]));
      expect(node.next === undefined || branches.length > 0).toBe(true);
      return node.entry !== undefined || branches.length > 0;
    };
    walk(gazetteer.tree, []);
    expect(paths.sort()).toEqual([...gazetteer.names.keys()].sort());
  });
});
