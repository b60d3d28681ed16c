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
    'international ligue ministere mouvement office organisation parti party societe syndicat tribunal union universite ' +
    'affaires defense economie commerce armees interieur justice finances sante education culture')
    .split(' '),
);

/**
 * A person's name starting at token `index`, when the text says it is one: a title before
 * it (« M. Castaner »), a role word shortly before (« le général Herzi Halevi ») or just
 * after (« Barak Ravid, correspondant »), a known given name (« Emmanuel Macron »), or a
 * name already seen in the article (`known`, full names and surnames).
 */
export function matchPerson(
  tokens: Tokens,
  index: number,
  context: { gazetteer: Gazetteer; lexicon: Lexicon; known: ReadonlySet<string> },
): PersonMatch | undefined {
  const { lexicon } = context;
  const { spellings } = tokens;
  const titled = lexicon.titles.has(spellings[index].key);
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
    if (INSTITUTION.has(spellings[i].key)) return undefined;
    if (isNameWord(spellings[i])) capitalized++;
  }
  if (titled) return { name, length };
  const afterComplement = index > 0 && tokens.joined(index) && COMPLEMENT.has(spellings[index - 1].key);
  if (!afterComplement && (roleBefore(tokens, index, lexicon) || roleAfter(tokens, end, lexicon))) {
    return { name, length };
  }
  const given = spellings[start].text.split('-')[0];
  return capitalized >= 2 && lexicon.givenNames.has(given) ? { name, length } : undefined;
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
 * name: the name is tokens `start` to `start + count`.
 */
function nameWords(tokens: Tokens, start: number, titled: boolean, { gazetteer, lexicon }: { gazetteer: Gazetteer; lexicon: Lexicon }): number {
  const { spellings } = tokens;
  let end = start;
  for (let i = start; i < tokens.length && end - start < MAX_NAME_WORDS; i++) {
    const word = spellings[i];
    const first = end === start;
    if (!first && !tokens.joined(i)) break;
    const key = word.key;
    if (isNameWord(word)) {
      const particle = !first && INNER_PARTICLE.has(key);
      if (!particle && (lexicon.stopwords.has(key) || lexicon.roles.has(key) || lexicon.calendar.has(key))) break;
      if (!first && (gazetteer.names.has(key) || gazetteer.demonyms.has(key)) && !lexicon.givenNames.has(word.text)) break;
      if (first && ACRONYM.test(word.text)) break; // acronyms are organisations
      end++;
    } else if (SURNAME_PARTICLE.has(key) && nextNameWithin(tokens, i, 2)) {
      if (first && !titled) break;
      end++;
    } else {
      break;
    }
  }
  while (end > start && !isNameWord(spellings[end - 1])) end--;
  while (end > start && TRAILING_ARTICLE.has(spellings[end - 1].text)) end--;
  return end - start;
}

function nextNameWithin(tokens: Tokens, index: number, distance: number): boolean {
  for (let i = index + 1; i <= index + distance && i < tokens.length; i++) {
    if (!tokens.joined(i)) return false;
    if (isNameWord(tokens.spellings[i])) return true;
  }
  return false;
}

function roleBefore(tokens: Tokens, index: number, lexicon: Lexicon): boolean {
  for (let i = index - 1; i >= Math.max(0, index - ROLE_WINDOW); i--) {
    if (lexicon.roles.has(tokens.key(i))) return true;
    if (tokens.sentenceStart(i + 1)) return false;
  }
  return false;
}

function roleAfter(tokens: Tokens, index: number, lexicon: Lexicon): boolean {
  // « Barak Ravid, correspondant… », « Emmanuel Macron, le président… »
  if (index >= tokens.length || tokens.joined(index)) return false;
  for (let i = index; i < Math.min(tokens.length, index + 2); i++) {
    if (lexicon.roles.has(tokens.key(i))) return true;
  }
  return false;
}
