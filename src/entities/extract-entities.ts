import { loadGazetteer, type Gazetteer } from './gazetteer.ts';
import { loadLexicon, type Lexicon } from './lexicon.ts';
import { matchGazetteer, mayStartName } from './match-gazetteer.ts';
import { matchOrganization, mayStartOrganization } from './match-organization.ts';
import { ALL_CAPITALS, COMMON_WORD, factsOf, GIVEN_NAME, matchPerson, mayStartPerson, namedByNoun } from './match-person.ts';
import { foldKey, isCapitalized } from './normalize.ts';
import { readWords, type WordStream } from './read-words.ts';
import { Tokens, type Spelling } from './tokenize.ts';

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
  const reading: Reading = { gazetteer, lexicon, found, known: found.knownPeople, media: [], personEnd: 0 };
  const { media } = reading;
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    tokens.read(paragraph, words[index]);
    media.length = 0;
    reading.personEnd = 0;
    let i = 0;
    while (i < tokens.length) {
      const rules = rulesAt(tokens.spellings[i], gazetteer, lexicon);
      // Most words are common words no rule can start at.
      i += rules === 0 ? 1 : readAt(tokens, i, reading, rules);
    }
    for (const { name, token } of media) {
      if (SOURCE_CUE.test(foldKey(sentenceAround(paragraph, tokens, token)))) found.add('sources', name);
    }
  }
  return found.result();
}

// The tokens of the paragraph being read, reused from one paragraph and article to the next:
// typed arrays are slow to allocate, and an article is read through before the next one.
const tokens = new Tokens();

// The rules that may match at a token, as bits; a rule left out would find nothing there.
const NAME = 1;
const PERSON = 2;
const ORGANIZATION = 4;
const PLACE_CUE = 8;
const DEMONYM = 16;

/** Which rules may match at a word: worked out once per spelling, as it depends on nothing else. */
function rulesAt(word: Spelling, gazetteer: Gazetteer, lexicon: Lexicon): number {
  let rules = word.rules;
  if (rules === undefined) {
    rules =
      (mayStartName(word, gazetteer) ? NAME : 0) |
      (mayStartPerson(word, lexicon) ? PERSON : 0) |
      (mayStartOrganization(word) ? ORGANIZATION : 0) |
      // `placeByCue` takes only a capitalised word; `demonymCountries` a demonym or a compound.
      (word.capitalized ? PLACE_CUE : 0) |
      (gazetteer.demonyms.has(word.key) || word.key.includes('-') ? DEMONYM : 0);
    word.rules = rules;
  }
  return rules;
}

/** What reading an article's words needs, and where it puts what it finds: made once per article. */
interface Reading {
  gazetteer: Gazetteer;
  lexicon: Lexicon;
  found: Found;
  /** Full names and surnames seen so far: `found.knownPeople`. */
  known: ReadonlySet<string>;
  /** The media the paragraph names, each with the token it starts at. */
  media: { name: string; token: number }[];
  /** The token after the last person the paragraph names so far (0 before the first). */
  personEnd: number;
}

/** Reads what the rules find at token `i`, and gives how many tokens it spans (at least 1). */
function readAt(tokens: Tokens, i: number, reading: Reading, rules: number): number {
  const { gazetteer, lexicon, found } = reading;
  const known = rules & NAME ? matchGazetteer(tokens, i, gazetteer) : undefined;
  const person = rules & PERSON ? matchPerson(tokens, i, reading) : undefined;
  if (person && (!known || person.length > known.length)) {
    found.addPerson(person.name);
    reading.personEnd = i + person.length;
    return person.length;
  }
  // A capitalised function word opening a sentence (« Le », « Alors ») is no name.
  if (known && !(tokens.sentenceStart(i) && known.length === 1 && lexicon.stopwords.has(tokens.key(i)))) {
    const { entry } = known;
    found.add(entry.kind === 'place' ? 'places' : 'organizations', entry.canonical);
    if (entry.media) reading.media.push({ name: entry.canonical, token: i });
    return known.length;
  }
  const organization = rules & ORGANIZATION ? matchOrganization(tokens, i, reading) : undefined;
  if (organization) {
    for (const place of organization.places ?? []) found.add('places', place);
    found.add('organizations', organization.name);
    if (organization.media) reading.media.push({ name: organization.name, token: i });
    return organization.length;
  }
  const place = rules & PLACE_CUE ? placeByCue(tokens, i, reading) : undefined;
  if (place) {
    found.add('places', place);
    return 1;
  }
  if (rules & DEMONYM) for (const country of demonymCountries(tokens, i, gazetteer)) found.add('places', country);
  // The name of a thing or place (« le parti Rashtriya Janata Dal »): none of its words
  // starts a person's name either.
  return rules & PERSON && namedByNoun(tokens, i) ? capitalizedRun(tokens, i) : 1;
}

/** How many capitalised words, joined by spaces only, start at token `i` (at least 1). */
function capitalizedRun(tokens: Tokens, i: number): number {
  let length = 1;
  while (i + length < tokens.length && tokens.joined(i + length) && tokens.capitalized(i + length)) length++;
  return length;
}

// Words after which an unknown capitalised word is a place: « à Natanz », « près de Pokrovsk »,
// « la région de Syunik », « la ville d'Arlit ».
const PLACE_CUES = new Set(['a', 'pres', 'region', 'ville', 'province', 'village', 'localite', 'oblast', 'cite', 'port', 'base', 'camp', 'colonie', 'quartier']);

/** An unknown capitalised word that its preposition or noun marks as a place. */
function placeByCue(tokens: Tokens, i: number, reading: Reading): string | undefined {
  const word = tokens.spellings[i];
  const { text, capitalized } = word;
  if (!tokens.joined(i) || !capitalized) return undefined;
  // No acronym, function word, role, calendar word or given name.
  if ((factsOf(word, reading) & (ALL_CAPITALS | COMMON_WORD | GIVEN_NAME)) !== 0) return undefined;
  if (reading.found.knownPeople.has(text)) return undefined;
  // Not followed by another capitalised word: « à Second Thomas » is not « Second ».
  if (i + 1 < tokens.length && tokens.joined(i + 1) && tokens.capitalized(i + 1)) return undefined;
  // The word before must follow its own predecessor with no punctuation between (« la ville d'Arlit »).
  if (i === 0 || !tokens.joined(i - 1)) return undefined;
  const before = tokens.key(i - 1);
  const cue = before === 'de' || before === "d'" ? (i >= 2 ? tokens.key(i - 2) : '') : before;
  return PLACE_CUES.has(cue) ? text : undefined;
}

/** The countries a word names as an adjective or demonym: « israélienne », « américano-israélienne ». */
function demonymCountries(tokens: Tokens, i: number, gazetteer: Gazetteer): readonly string[] {
  const key = tokens.key(i);
  // « en français », « en arabe »: a language, not a country.
  if (i > 0 && tokens.key(i - 1) === 'en') return NO_COUNTRY;
  const whole = gazetteer.demonyms.get(key);
  if (whole) return [whole];
  if (!key.includes('-')) return NO_COUNTRY;
  const parts = key.split('-');
  const countries = parts.slice(0, -1).map((part) => gazetteer.adjectivePrefixes.get(part));
  const last = gazetteer.demonyms.get(parts[parts.length - 1]);
  return countries.every(Boolean) && last ? [...(countries as string[]), last] : NO_COUNTRY;
}

// The answer for most words tried, shared rather than made for each.
const NO_COUNTRY: readonly string[] = [];

/** The text of the sentence that token `i` of the paragraph is in: from its first word to its last. */
function sentenceAround(paragraph: string, tokens: Tokens, i: number): string {
  let first = i;
  while (first > 0 && !tokens.sentenceStart(first)) first--;
  let last = i;
  while (last + 1 < tokens.length && !tokens.sentenceStart(last + 1)) last++;
  return paragraph.slice(tokens.start(first), tokens.end(last));
}

/** Entities in order of first mention; people merged by full name and surname. */
class Found {
  private readonly lists = { people: [] as string[], places: [] as string[], organizations: [] as string[], sources: [] as string[] };
  /** Full names and surnames of the people seen so far. */
  readonly knownPeople = new Set<string>();

  add(kind: keyof Found['lists'], name: string): void {
    if (!this.lists[kind].includes(name)) this.lists[kind].push(name);
  }

  addPerson(name: string): void {
    // A name met before, or the surname of one (« Castaner » after « Christophe Castaner »),
    // adds nothing: most mentions of a person are such, and go no further.
    if (this.knownPeople.has(name)) return;
    const words = name.split(' ');
    const surname = words.slice(1).join(' ');
    // « Castaner » seen before « Christophe Castaner »: the full name replaces it in place.
    const earlier = this.lists.people.indexOf(surname);
    if (words.length > 1 && earlier >= 0) this.lists.people[earlier] = name;
    else this.add('people', name);
    this.knownPeople.add(name);
    if (words.length > 1 && isCapitalized(words[words.length - 1])) {
      this.knownPeople.add(surname);
      this.knownPeople.add(words[words.length - 1]);
    }
  }

  result(): { people: string[]; places: string[]; organizations: string[]; sources: string[] } {
    return this.lists;
  }
}
