import type { Gazetteer } from './gazetteer.ts';
import type { Lexicon } from './lexicon.ts';
import { foldKey } from './normalize.ts';
import type { Token } from './tokenize.ts';

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
// « ministère des Armées », « ministère de l'Intérieur », « ministère des Affaires étrangères ».
const MINISTRY_COMPLEMENT = /^(?:de|des|du|d'|l'|la)$/;
const ADJECTIVE = /(?:ère|ères|aux|ale|ales|ique|iques|ieur|ieure|ienne|iennes|nationale|étrangères)$/u;

/**
 * An organisation named by its shape: a ministry (« ministère de la Défense »), a medium
 * introduced as one (« le site d'information Walla »), or an acronym (« AIEA », « CEDEAO »).
 */
export function matchOrganization(
  tokens: readonly Token[],
  index: number,
  { gazetteer, lexicon }: { gazetteer: Gazetteer; lexicon: Lexicon },
): OrganizationMatch | undefined {
  const token = tokens[index];
  const key = token.key;
  if (key === 'ministere') return ministry(tokens, index);
  if (MEDIA_WORDS.has(key)) return medium(tokens, index, { gazetteer, lexicon });
  if (/^[A-Z][A-Z0-9]{1,5}$/.test(token.text) && /[A-Z].*[A-Z]/.test(token.text)) {
    if (COMMON_ACRONYMS.has(token.text) || ROMAN.test(token.text) || gazetteer.names.get(key)?.kind === 'place') return undefined;
    return { name: token.text, length: 1, media: false };
  }
  return undefined;
}

/** False when no ministry, medium or acronym starts at this token: `matchOrganization` need not try. */
export function mayStartOrganization(token: Token): boolean {
  return token.capitalized || token.key === 'ministere' || MEDIA_WORDS.has(token.key);
}

function ministry(tokens: readonly Token[], index: number): OrganizationMatch | undefined {
  let i = index + 1;
  while (i < tokens.length && tokens[i].joined && MINISTRY_COMPLEMENT.test(tokens[i].key)) i++;
  if (i === index + 1 || i >= tokens.length || !tokens[i].capitalized || !tokens[i].joined) return undefined;
  i++;
  while (i < tokens.length && tokens[i].joined && ADJECTIVE.test(tokens[i].text) && !tokens[i].capitalized) i++;
  const words = tokens.slice(index, i).map((t) => t.text);
  return { name: ['ministère', ...words.slice(1)].join(' ').replace(/(d'|l') /g, '$1'), length: i - index, media: false };
}

function medium(
  tokens: readonly Token[],
  index: number,
  { gazetteer, lexicon }: { gazetteer: Gazetteer; lexicon: Lexicon },
): OrganizationMatch | undefined {
  // Skip « d'information », « américain », « israélien » between the word and the name.
  let i = index + 1;
  const places: string[] = [];
  while (i < tokens.length && tokens[i].joined && !tokens[i].capitalized && i - index <= 3) {
    const key = tokens[i].key;
    const country = gazetteer.demonyms.get(key);
    if (country) places.push(country);
    else if (!(key === "d'" || key === 'information' || key === 'en' || key === 'ligne')) return undefined;
    i++;
  }
  const start = i;
  while (i < tokens.length && tokens[i].joined && tokens[i].capitalized && !lexicon.calendar.has(tokens[i].key)) i++;
  if (i === start || i - start > 4) return undefined;
  const name = tokens.slice(start, i).map((t) => t.text).join(' ');
  const known = gazetteer.names.get(foldKey(name));
  if (known?.kind === 'place') return undefined;
  return { name: known?.canonical ?? name, length: i - index, media: true, places };
}
