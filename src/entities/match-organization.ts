import type { Gazetteer } from './gazetteer.ts';
import type { Lexicon } from './lexicon.ts';
import { foldKey } from './normalize.ts';
import type { Spelling, Tokens } from './tokenize.ts';

/** An organisation found by its shape rather than by name, and the tokens it spans. */
export interface OrganizationMatch {
  name: string;
  length: number;
  media: boolean;
  /** Countries named on the way (« l'agence espagnole EFE » → Espagne). */
  places?: string[];
}

// Words that introduce a medium's name: « au site Axios », « le quotidien Haaretz ».
const MEDIA_WORDS = new Set(['agence', 'site', 'journal', 'quotidien', 'hebdomadaire', 'mensuel', 'chaine', 'radio', 'magazine', 'media', 'television', 'televisions']);
// Acronyms that are common nouns, not organisations.
const COMMON_ACRONYMS = new Set(['PIB', 'ONG', 'PME', 'TVA', 'HT', 'TTC', 'CDD', 'CDI', 'COVID', 'ADN', 'ARN', 'SMS', 'GPS', 'TV', 'OK', 'VIP', 'QG', 'PC', 'UTC', 'KM', 'MW', 'GW']);
const ROMAN = /^[IVXLCDM]+$/;
// Two to six capitals and digits, from a capital, with two capitals at least: held here, as a
// literal in a function is a new expression object at each call, and every capitalised word is tried.
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
const TWO_CAPITALS = /[A-Z].*[A-Z]/;
// « ministère des Armées », « ministère de l'Intérieur », « ministère des Affaires étrangères ».
const MINISTRY_COMPLEMENT = /^(?:de|des|du|d'|l'|la)$/;
const ADJECTIVE = /(?:ère|ères|aux|ale|ales|ique|iques|ieur|ieure|ienne|iennes|nationale|étrangères)$/u;

/**
 * An organisation named by its shape: a ministry (« ministère de la Défense »), a medium
 * introduced as one (« le site d'information Walla »), or an acronym (« AIEA », « CEDEAO »).
 */
export function matchOrganization(
  tokens: Tokens,
  index: number,
  { gazetteer, lexicon }: { gazetteer: Gazetteer; lexicon: Lexicon },
): OrganizationMatch | undefined {
  const { key, text } = tokens.spellings[index];
  if (key === 'ministere') return ministry(tokens, index);
  if (MEDIA_WORDS.has(key)) return medium(tokens, index, { gazetteer, lexicon });
  if (ACRONYM.test(text) && TWO_CAPITALS.test(text)) {
    if (COMMON_ACRONYMS.has(text) || ROMAN.test(text) || gazetteer.names.get(key)?.kind === 'place') return undefined;
    return { name: text, length: 1, media: false };
  }
  return undefined;
}

/** False when no ministry, medium or acronym starts at this word: `matchOrganization` need not try. */
export function mayStartOrganization(word: Spelling): boolean {
  return word.capitalized || word.key === 'ministere' || MEDIA_WORDS.has(word.key);
}

function ministry(tokens: Tokens, index: number): OrganizationMatch | undefined {
  let i = index + 1;
  while (i < tokens.length && tokens.joined(i) && MINISTRY_COMPLEMENT.test(tokens.key(i))) i++;
  if (i === index + 1 || i >= tokens.length || !tokens.capitalized(i) || !tokens.joined(i)) return undefined;
  i++;
  while (i < tokens.length && tokens.joined(i) && ADJECTIVE.test(tokens.text(i)) && !tokens.capitalized(i)) i++;
  const words = tokens.texts(index, i);
  return { name: ['ministère', ...words.slice(1)].join(' ').replace(/(d'|l') /g, '$1'), length: i - index, media: false };
}

function medium(
  tokens: Tokens,
  index: number,
  { gazetteer, lexicon }: { gazetteer: Gazetteer; lexicon: Lexicon },
): OrganizationMatch | undefined {
  // Skip « d'information », « américain », « israélien » between the word and the name.
  let i = index + 1;
  const places: string[] = [];
  while (i < tokens.length && tokens.joined(i) && !tokens.capitalized(i) && i - index <= 3) {
    const key = tokens.key(i);
    const country = gazetteer.demonyms.get(key);
    if (country) places.push(country);
    else if (!(key === "d'" || key === 'information' || key === 'en' || key === 'ligne')) return undefined;
    i++;
  }
  const start = i;
  while (i < tokens.length && tokens.joined(i) && tokens.capitalized(i) && !lexicon.calendar.has(tokens.key(i))) i++;
  if (i === start || i - start > 4) return undefined;
  const name = tokens.texts(start, i).join(' ');
  const known = gazetteer.names.get(foldKey(name));
  if (known?.kind === 'place') return undefined;
  return { name: known?.canonical ?? name, length: i - index, media: true, places };
}
