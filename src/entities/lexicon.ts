import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import stopwordsIso from 'stopwords-iso' with { type: 'json' };
import roleData from './data/roles.json' with { type: 'json' };
import { foldKey } from './normalize.ts';
import { sortedLines } from './sorted-lines.ts';

/** Word lists the extractor reasons with, folded (lower case, no accents). */
export interface Lexicon {
  /** French function words (« le », « alors », « selon »): never part of a name. */
  stopwords: Set<string>;
  /** Words that introduce a person (« général », « porte-parole »). */
  roles: Set<string>;
  /** Titles written before a name (« M. », « Mme »). */
  titles: Set<string>;
  /** Given names, as written (case kept): « Mark », « Ursula ». */
  givenNames: { has(name: string): boolean };
  /** Words capitalised in French that are no names: months, days, holidays. */
  calendar: Set<string>;
  /** Lower-case words allowed inside a name (« Ursula von der Leyen », « Mohammed ben Salmane »). */
  particles: Set<string>;
}

const CALENDAR = (
  'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août ' +
  'septembre octobre novembre décembre noël pâques ramadan aïd toussaint'
).split(' ');
const PARTICLES = 'de du des d von van der den ter ten la le bin ben ibn al el abou abu da di dos do y'.split(' ');

let cached: Lexicon | undefined;

/** The lexicon, built once from stopwords-iso, humannames and the role list beside this file. */
export function loadLexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

function buildLexicon(): Lexicon {
  const stopwords = new Set((stopwordsIso as Record<string, string[]>).fr.map(foldKey));
  const roles = new Set(roleData.roles.map(foldKey));
  const calendar = new Set(CALENDAR.map(foldKey));
  const require = createRequire(import.meta.url);
  // Only whether a name is listed matters: it is looked up in the package's list of them, one
  // name a line in code-unit order, the names of its index.json (a test holds it to that).
  const names = sortedLines(readFileSync(path.join(path.dirname(require.resolve('humannames')), 'list.txt'), 'utf8'));
  const answers = new Map<string, boolean>();
  // humannames mixes given names, surnames and words that double as names (« Le »,
  // « France »): keep those that are no French function word, role or calendar word.
  // Asked name by name: folding all two hundred thousand up front costs more than a run.
  const givenNames = {
    has(name: string): boolean {
      let answer = answers.get(name);
      if (answer === undefined) {
        // Names repeat across an archive; a bound keeps a huge one from holding every word.
        if (answers.size > 200_000) answers.clear();
        const key = name.length > 1 && names.has(name) ? foldKey(name) : undefined;
        answer = key !== undefined && !stopwords.has(key) && !roles.has(key) && !calendar.has(key);
        answers.set(name, answer);
      }
      return answer;
    },
  };
  return {
    stopwords,
    roles,
    titles: new Set(roleData.titles.map(foldKey)),
    givenNames,
    calendar,
    particles: new Set(PARTICLES),
  };
}
