import type { Gazetteer } from './gazetteer.ts';
import type { Lexicon } from './lexicon.ts';
import type { Spelling, Tokens } from './tokenize.ts';

/** A person's name found in the text, and how many tokens it spans (title included). */
export interface PersonMatch {
  name: string;
  length: number;
}

// How far back a role word may stand: « le ministre ukrainien des Affaires étrangères, Andriï Sybiha ».
const ROLE_WINDOW = 6;
const MAX_NAME_WORDS = 6;
// Articles and prepositions: a capitalised word right after one is the complement of a
// role (« ministre de la Défense »), not a name.
const COMPLEMENT = new Set(['de', 'des', 'du', "d'", 'la', 'le', 'les', "l'", 'au', 'aux', 'en']);
// Lower-case particles that may open a surname (« von der Leyen », « al-Assad »).
const SURNAME_PARTICLE = new Set('von van der den ter ten de du des da di dos do bin ben ibn al el abou abu'.split(' '));
// « al-Burhane », « el-Sissi », « ben-Gvir »: one word whose first letter is lower case.
const PREFIXED_SURNAME = /^(?:al|el|ben|bin|ibn|abou|abu|de|da|di|van|von)-\p{Lu}/u;
// Lower-case words allowed between the words of a name (« Jean de La Fontaine »).
const INNER_PARTICLE = new Set('le la de du des van von del della'.split(' '));
// Capitalised articles a name does not end on.
const TRAILING_ARTICLE = new Set(['Le', 'La', 'De', 'Du', 'Des']);
const ACRONYM = /^\p{Lu}{2,}$/u;
// Words that make a capitalised sequence an institution, not a person.
const INSTITUTION = new Set(
  ('alliance armee assemblee agence association banque brigade bureau centre chambre comite commission compagnie ' +
    'conseil corps cour council court federation fondation forces front fund group groupe institut institute ' +
    'international ligue ministere mouvement office organisation parti party radio societe syndicat television tribunal ' +
    'union universite foundation ' +
    'affaires defense economie commerce armees interieur justice finances sante education culture')
    .split(' '),
);

// What matching a person asks of a word alone, as bits: worked out once per spelling and
// kept on it (`Spelling.person`), as the same words come back all through an archive. The
// extractor's place cue asks three of them too (exported).
const NAME_WORD = 1; // capitalised, or a prefixed surname (« al-Assad »)
export const COMMON_WORD = 2; // a French function word, role or calendar word: no part of a name, unless an inner particle
const ROLE = 4;
const GAZETTEER_WORD = 8; // a known place or organisation, or a demonym
export const GIVEN_NAME = 16; // as written
const GIVEN_NAME_FIRST = 32; // before its first hyphen (« Jean » of « Jean-Yves »)
export const ALL_CAPITALS = 64;
const INSTITUTION_WORD = 128;
const INNER = 256; // INNER_PARTICLE
const SURNAME_START = 512; // SURNAME_PARTICLE
const TRAILING = 1024; // TRAILING_ARTICLE
const TITLE = 2048;
const COMPLEMENT_WORD = 4096;

/** What a person's name is matched with: the gazetteer and lexicon, each loaded once per process. */
export interface Context {
  gazetteer: Gazetteer;
  lexicon: Lexicon;
}

/**
 * The bits above for a word. They depend on the gazetteer and lexicon as well as the word:
 * they are kept on the word because there is one of each per process (`loadGazetteer`, `loadLexicon`).
 */
export function factsOf(word: Spelling, { gazetteer, lexicon }: Context): number {
  let facts = word.person;
  if (facts === undefined) {
    const { key, text } = word;
    const bit = (yes: boolean, value: number) => (yes ? value : 0);
    facts =
      bit(isNameWord(word), NAME_WORD) |
      bit(lexicon.stopwords.has(key) || lexicon.roles.has(key) || lexicon.calendar.has(key), COMMON_WORD) |
      bit(lexicon.roles.has(key), ROLE) |
      bit(gazetteer.names.has(key) || gazetteer.demonyms.has(key), GAZETTEER_WORD) |
      bit(lexicon.givenNames.has(text), GIVEN_NAME) |
      bit(lexicon.givenNames.has(text.split('-')[0]), GIVEN_NAME_FIRST) |
      bit(ACRONYM.test(text), ALL_CAPITALS) |
      bit(INSTITUTION.has(key), INSTITUTION_WORD) |
      bit(INNER_PARTICLE.has(key), INNER) |
      bit(SURNAME_PARTICLE.has(key), SURNAME_START) |
      bit(TRAILING_ARTICLE.has(text), TRAILING) |
      bit(lexicon.titles.has(key), TITLE) |
      bit(COMPLEMENT.has(key), COMPLEMENT_WORD);
    word.person = facts;
  }
  return facts;
}

/**
 * A person's name starting at token `index`, when the text says it is one: a title before
 * it (« M. Castaner »), a role word shortly before (« le général Herzi Halevi ») or just
 * after (« Barak Ravid, correspondant »), a known given name (« Emmanuel Macron »), or a
 * name already seen in the article (`known`, full names and surnames). `personEnd` is the
 * token after the last name found in the paragraph, whose role, if any, is not this one's.
 */
export function matchPerson(
  tokens: Tokens,
  index: number,
  context: Context & { known: ReadonlySet<string>; personEnd?: number },
): PersonMatch | undefined {
  const { spellings } = tokens;
  const titled = (factsOf(spellings[index], context) & TITLE) !== 0;
  const start = titled ? index + 1 : index;
  const count = nameWords(tokens, start, titled, context);
  if (count === 0) return undefined;
  const end = start + count;
  let name = tokens.text(start);
  for (let i = start + 1; i < end; i++) name += ` ${tokens.text(i)}`;
  const length = end - index;
  if (context.known.has(name)) return { name, length };
  let capitalized = 0;
  for (let i = start; i < end; i++) {
    const facts = factsOf(spellings[i], context);
    if (facts & INSTITUTION_WORD) return undefined;
    if (facts & NAME_WORD) capitalized++;
  }
  if (titled) return { name, length };
  if (namedByNoun(tokens, index)) return undefined;
  const afterComplement = index > 0 && tokens.joined(index) && (factsOf(spellings[index - 1], context) & COMPLEMENT_WORD) !== 0;
  if (!afterComplement && (roleBefore(tokens, index, context.personEnd ?? 0, context) || roleAfter(tokens, end, context))) {
    return { name, length };
  }
  const given = (factsOf(spellings[start], context) & GIVEN_NAME_FIRST) !== 0;
  return capitalized >= 2 && given ? { name, length } : undefined;
}

/**
 * False when no name can start at this word, which `matchPerson` then need not try: a
 * name starts with a title or a name word (a particle may follow a title, never open a name).
 */
export function mayStartPerson(word: Spelling, lexicon: Lexicon): boolean {
  return lexicon.titles.has(word.key) || isNameWord(word);
}

// A word is `capitalized` as `isCapitalized` says of its text, worked out once per spelling.
function isNameWord(word: Spelling): boolean {
  return word.capitalized || PREFIXED_SURNAME.test(word.text);
}

/**
 * How many capitalised words (and particles between them) from token `start` can form a
 * name: the name is tokens `start` to `start + count`, the last excluded.
 */
function nameWords(tokens: Tokens, start: number, titled: boolean, context: Context): number {
  const { spellings } = tokens;
  let end = start;
  for (let i = start; i < tokens.length && end - start < MAX_NAME_WORDS; i++) {
    const first = end === start;
    if (!first && !tokens.joined(i)) break;
    const facts = factsOf(spellings[i], context);
    if (facts & NAME_WORD) {
      const particle = !first && (facts & INNER) !== 0;
      if (!particle && (facts & COMMON_WORD) !== 0) break;
      if (!first && (facts & GAZETTEER_WORD) !== 0 && (facts & GIVEN_NAME) === 0) break;
      if (first && (facts & ALL_CAPITALS) !== 0) break; // acronyms are organisations
      end++;
    } else if ((facts & SURNAME_START) !== 0 && nextNameWithin(tokens, i, 2, context)) {
      if (first && !titled) break;
      end++;
    } else {
      break;
    }
  }
  while (end > start && (factsOf(spellings[end - 1], context) & NAME_WORD) === 0) end--;
  while (end > start && (factsOf(spellings[end - 1], context) & TRAILING) !== 0) end--;
  return end - start;
}

function nextNameWithin(tokens: Tokens, index: number, distance: number, context: Context): boolean {
  for (let i = index + 1; i <= index + distance && i < tokens.length; i++) {
    if (!tokens.joined(i)) return false;
    if (factsOf(tokens.spellings[i], context) & NAME_WORD) return true;
  }
  return false;
}

// Nouns whose name follows them, which is then no person's: « le parti Rashtriya Janata Dal »,
// « l'aéroport Charles de Gaulle »; and, through « de », the places named so: « l'atoll de
// Second Thomas », « l'île d'El Hierro » (given names of the list, read as a first name).
const NAMING_NOUNS = new Set(
  'parti mouvement groupe journal quotidien hebdomadaire magazine radio chaine agence fondation operation aeroport ile atoll archipel'.split(' '),
);
// Wider than the extractor's place cues (`PLACE_CUES`), on purpose: ruling out a person costs
// little, but taking the unknown word after « l'île de », « le détroit de »… for a place, as the
// cue would with these nouns, made held-out place precision 0.952 rather than 0.975.
const PLACE_NOUNS = new Set(
  ('ile iles atoll archipel region province ville village localite oblast port golfe mer lac detroit peninsule vallee mont ' +
    'massif desert plaine quartier camp base aeroport').split(' '),
);

/** True when the words before token `index` say that a name starting there names a thing or a place. */
export function namedByNoun(tokens: Tokens, index: number): boolean {
  if (index === 0 || !tokens.joined(index)) return false;
  const before = tokens.key(index - 1);
  if (NAMING_NOUNS.has(before)) return true;
  if (before !== 'de' && before !== "d'" && before !== 'du') return false;
  return index >= 2 && tokens.joined(index - 1) && PLACE_NOUNS.has(tokens.key(index - 2));
}

/**
 * A role word shortly before token `index`, in its sentence, and after `personEnd`, where
 * the last name found ends: a role introduces one name (« le général Abdel Fattah al-Burhane,
 * contrôle toujours Port-Soudan »: the general is al-Burhane, not Port-Soudan).
 */
function roleBefore(tokens: Tokens, index: number, personEnd: number, context: Context): boolean {
  for (let i = index - 1; i >= Math.max(0, index - ROLE_WINDOW, personEnd); i--) {
    if (factsOf(tokens.spellings[i], context) & ROLE) return true;
    if (tokens.sentenceStart(i + 1)) return false;
  }
  return false;
}

function roleAfter(tokens: Tokens, index: number, context: Context): boolean {
  // « Barak Ravid, correspondant… », « Emmanuel Macron, le président… »; but a role in the
  // next sentence is someone else's (« des îles Senkaku. Son candidat… »).
  if (index >= tokens.length || tokens.joined(index) || tokens.sentenceStart(index)) return false;
  for (let i = index; i < Math.min(tokens.length, index + 2); i++) {
    if (i > index && tokens.sentenceStart(i)) return false;
    if (factsOf(tokens.spellings[i], context) & ROLE) return true;
  }
  return false;
}
