import { loadGazetteer, type Gazetteer } from './gazetteer.ts';
import { loadLexicon, type Lexicon } from './lexicon.ts';
import { matchGazetteer, mayStartName } from './match-gazetteer.ts';
import { matchOrganization, mayStartOrganization } from './match-organization.ts';
import { matchPerson, mayStartPerson } from './match-person.ts';
import { foldKey, isCapitalized } from './normalize.ts';
import { readWords, type WordStream } from './read-words.ts';
import { tokenize, type Token } from './tokenize.ts';

/** The entities an article mentions, each list canonical, deduplicated, in order of first mention. */
export interface ExtractedEntities {
  people: string[];
  places: string[];
  organizations: string[];
  sources: string[];
}

// A sentence that cites where its information comes from.
const SOURCE_CUE = new RegExp(
  `\\b(?:${[
    'selon', "d'apres", 'rapport\\w*', 'revel\\w*', 'indiqu\\w*', 'declare a', 'declare au', 'confie a', 'confie au',
    'interroge\\w* par', 'joint\\w* par', 'consult\\w* par', 'obtenu\\w* par', 'cite\\w* par', 'entretien', 'interview',
    'a appris', 'ecrit', 'affirm\\w*', 'publi\\w*', 'precis\\w*', 'relev\\w*', 'annonc\\w*', 'explique\\w*',
    'source\\w*', 'dit a', 'a dit', 'confirm\\w*', 'souligne\\w*',
  ].join('|')})\\b`,
);

/**
 * Finds the people, places, organisations and cited sources of an article's paragraphs,
 * with a gazetteer of countries, cities, regions and organisations, the forms French uses
 * for them (demonyms, « américano- » compounds, elisions) and the cues that introduce a
 * person (titles, role words, given names). A surname alone after the full name, or a
 * name seen before, is the same person. `words` are the paragraphs' words when already read.
 */
export function extractEntities(paragraphs: readonly string[], words: readonly WordStream[] = paragraphs.map(readWords)): ExtractedEntities {
  const gazetteer = loadGazetteer();
  const lexicon = loadLexicon();
  const found = new Found();
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    const tokens = tokenize(paragraph, words[index]);
    const media: { name: string; token: number }[] = [];
    let i = 0;
    while (i < tokens.length) {
      const rules = rulesAt(tokens[i], gazetteer, lexicon);
      // Most words are common words no rule can start at.
      if (rules === 0) {
        i++;
        continue;
      }
      const step = readAt(tokens, i, { gazetteer, lexicon, found }, rules);
      if (step.media) media.push({ name: step.media, token: i });
      i += step.length;
    }
    // Sentences matter only around a medium, which few paragraphs name.
    const sentences = media.length > 0 ? sentenceIndexes(tokens) : [];
    for (const { name, token } of media) {
      if (SOURCE_CUE.test(foldKey(sentenceText(paragraph, tokens, sentences, sentences[token])))) found.add('sources', name);
    }
  }
  return found.result();
}

// The rules that may match at a token, as bits; a rule left out would find nothing there.
const NAME = 1;
const PERSON = 2;
const ORGANIZATION = 4;
const PLACE_CUE = 8;
const DEMONYM = 16;

/** Which rules may match at this token: worked out once per spelling, as it depends on nothing else. */
function rulesAt(token: Token, gazetteer: Gazetteer, lexicon: Lexicon): number {
  let rules = token.spelling.rules;
  if (rules === undefined) {
    rules =
      (mayStartName(token, gazetteer) ? NAME : 0) |
      (mayStartPerson(token, lexicon) ? PERSON : 0) |
      (mayStartOrganization(token) ? ORGANIZATION : 0) |
      // `placeByCue` takes only a capitalised word; `demonymCountries` a demonym or a compound.
      (token.capitalized ? PLACE_CUE : 0) |
      (gazetteer.demonyms.has(token.key) || token.key.includes('-') ? DEMONYM : 0);
    token.spelling.rules = rules;
  }
  return rules;
}

interface Step {
  length: number;
  media?: string;
}

function readAt(
  tokens: readonly Token[],
  i: number,
  context: { gazetteer: Gazetteer; lexicon: Lexicon; found: Found },
  rules: number,
): Step {
  const { gazetteer, lexicon, found } = context;
  const token = tokens[i];
  const known = rules & NAME ? matchGazetteer(tokens, i, gazetteer) : undefined;
  const person = rules & PERSON ? matchPerson(tokens, i, { gazetteer, lexicon, known: found.knownPeople }) : undefined;
  if (person && (!known || person.length > known.length)) {
    found.addPerson(person.name);
    return { length: person.length };
  }
  // A capitalised function word opening a sentence (« Le », « Alors ») is no name.
  if (known && !(token.sentenceStart && known.length === 1 && lexicon.stopwords.has(token.key))) {
    const { entry } = known;
    found.add(entry.kind === 'place' ? 'places' : 'organizations', entry.canonical);
    return { length: known.length, media: entry.media ? entry.canonical : undefined };
  }
  const organization = rules & ORGANIZATION ? matchOrganization(tokens, i, { gazetteer, lexicon }) : undefined;
  if (organization) {
    for (const place of organization.places ?? []) found.add('places', place);
    found.add('organizations', organization.name);
    return { length: organization.length, media: organization.media ? organization.name : undefined };
  }
  const place = rules & PLACE_CUE ? placeByCue(tokens, i, { lexicon, found }) : undefined;
  if (place) {
    found.add('places', place);
    return { length: 1 };
  }
  if (rules & DEMONYM) for (const country of demonymCountries(token, gazetteer, tokens[i - 1])) found.add('places', country);
  return { length: 1 };
}

const ACRONYM = /^\p{Lu}{2,}$/u;
// Words after which an unknown capitalised word is a place: « à Natanz », « près de Pokrovsk »,
// « la région de Syunik », « la ville d'Arlit ».
const PLACE_CUES = new Set(['a', 'pres', 'region', 'ville', 'province', 'village', 'localite', 'oblast', 'cite', 'port', 'base', 'camp', 'colonie', 'quartier']);

/** An unknown capitalised word that its preposition or noun marks as a place. */
function placeByCue(tokens: readonly Token[], i: number, { lexicon, found }: { lexicon: Lexicon; found: Found }): string | undefined {
  const token = tokens[i];
  const key = token.key;
  if (!token.joined || !token.capitalized || ACRONYM.test(token.text)) return undefined;
  if (lexicon.stopwords.has(key) || lexicon.calendar.has(key) || lexicon.roles.has(key) || lexicon.givenNames.has(token.text)) return undefined;
  if (found.knownPeople.has(token.text)) return undefined;
  // Not followed by another capitalised word: « à Second Thomas » is not « Second ».
  if (tokens[i + 1]?.joined && tokens[i + 1].capitalized) return undefined;
  const before = tokens[i - 1]?.key ?? '';
  const cue = before === 'de' || before === "d'" ? (tokens[i - 2]?.key ?? '') : before;
  return PLACE_CUES.has(cue) && tokens[i - 1]?.joined !== false ? token.text : undefined;
}

/** The countries a word names as an adjective or demonym: « israélienne », « américano-israélienne ». */
function demonymCountries(token: Token, gazetteer: Gazetteer, previous: Token | undefined): string[] {
  // « en français », « en arabe »: a language, not a country.
  if (previous && previous.key === 'en') return [];
  const whole = gazetteer.demonyms.get(token.key);
  if (whole) return [whole];
  if (!token.key.includes('-')) return [];
  const parts = token.key.split('-');
  const countries = parts.slice(0, -1).map((part) => gazetteer.adjectivePrefixes.get(part));
  const last = gazetteer.demonyms.get(parts[parts.length - 1]);
  return countries.every(Boolean) && last ? [...(countries as string[]), last] : [];
}

function sentenceIndexes(tokens: readonly Token[]): number[] {
  let sentence = -1;
  return tokens.map((token) => (token.sentenceStart ? ++sentence : Math.max(sentence, 0)));
}

function sentenceText(paragraph: string, tokens: readonly Token[], sentences: number[], sentence: number): string {
  const first = sentences.indexOf(sentence);
  const last = sentences.lastIndexOf(sentence);
  return paragraph.slice(tokens[first].start, tokens[last].end);
}

/** Entities in order of first mention; people merged by full name and surname. */
class Found {
  private readonly lists = { people: [] as string[], places: [] as string[], organizations: [] as string[], sources: [] as string[] };
  /** Full names and surnames of the people seen so far. */
  readonly knownPeople = new Set<string>();
  private readonly surnames = new Map<string, string>();

  add(kind: keyof Found['lists'], name: string): void {
    if (!this.lists[kind].includes(name)) this.lists[kind].push(name);
  }

  addPerson(name: string): void {
    const words = name.split(' ');
    const fullName = this.surnames.get(name);
    if (fullName) return; // « Castaner » after « Christophe Castaner »
    const surname = words.slice(1).join(' ');
    // « Castaner » seen before « Christophe Castaner »: the full name replaces it in place.
    const earlier = this.lists.people.indexOf(surname);
    if (words.length > 1 && earlier >= 0) this.lists.people[earlier] = name;
    else this.add('people', name);
    this.knownPeople.add(name);
    if (words.length > 1 && isCapitalized(words[words.length - 1])) {
      this.surnames.set(surname, name);
      this.surnames.set(words[words.length - 1], name);
      this.knownPeople.add(surname);
      this.knownPeople.add(words[words.length - 1]);
    }
  }

  result(): { people: string[]; places: string[]; organizations: string[]; sources: string[] } {
    return this.lists;
  }
}
