import { cutAtWord, stripTrailingPunctuation as stripEnd, trimEnd } from './cut-at-word.ts';
import { firstSentence } from './first-sentence.ts';

/** Longest derived title, in characters. */
export const MAX_TITLE_LENGTH = 110;

// Openings of a circumstantial first clause (« Lors d'une réunion au Pentagone, … »)
// that a headline can do without.
const INTRODUCTORY = new RegExp(
  `^(?:${[
    'lors', 'alors', 'selon', 'après', 'avant', 'depuis', 'dans', 'pendant', 'durant', 'face', 'malgré', 'pour',
    'sous', 'tandis', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier',
    "aujourd'hui", 'cette semaine', 'le mois dernier', 'en', 'à', 'au', 'aux', 'outre', 'par ailleurs',
    'de son côté', 'de leur côté', 'ainsi', 'enfin', 'toutefois', 'cependant', 'pourtant',
  ].join('|')})(?=[\\s,])`,
  'iu',
);
// An apposition between commas (« , le général Herzi Halevi, »): short, starting with a determiner.
const APPOSITION = /, (?:le|la|les|l'|l’|un|une|son|sa|ses|leur|notre) [^,;:]{1,60},/u;
// A trailing attribution (« , a rapporté … », « , a déclaré … »); « selon X » is left
// alone, as it is as often an incise in the middle of the sentence.
const ATTRIBUTION =
  /, (?:a |ont |avait |aurait )?(?:rapporté|déclaré|indiqué|affirmé|annoncé|expliqué|précisé|souligné|estimé|confirmé|ajouté|rapporte|indique|affirme|annonce)(?=[\s,.]|$).*$/u;
const CLAUSE_BREAK = /\s*(?:[,;:]|\s[–—-])\s/gu;

/**
 * A readable headline from an article's first paragraph: its first sentence, shortened
 * when longer than 110 characters by dropping an introductory clause, appositions and a
 * trailing attribution, then cut at a clause or word boundary (never mid-word), with no
 * dangling word or punctuation at the end.
 *
 * `"Lors d'une réunion au Pentagone, les généraux se sont réunis."` → `"Les généraux se sont réunis"`
 * (only when the whole sentence is too long; a short sentence is kept whole).
 */
export function deriveTitle(paragraph: string, maxLength = MAX_TITLE_LENGTH): string {
  let title = stripEnd(firstSentence(paragraph));
  if (title.length <= maxLength) return title;

  title = dropIntroductoryClause(title);
  for (const shorten of [(t: string) => t.replace(APPOSITION, ''), (t: string) => t.replace(ATTRIBUTION, '')]) {
    if (title.length <= maxLength) break;
    title = shorten(title);
  }
  if (title.length <= maxLength) return trimEnd(title);
  return cutAtBoundary(title, maxLength);
}

function dropIntroductoryClause(title: string): string {
  const comma = title.indexOf(', ');
  if (comma < 0 || !INTRODUCTORY.test(title)) return title;
  const rest = title.slice(comma + 2);
  if (rest.length < 30) return title;
  return rest.charAt(0).toLocaleUpperCase('fr') + rest.slice(1);
}

function cutAtBoundary(title: string, maxLength: number): string {
  // Prefer a clause boundary when it keeps most of the headline.
  let clauseEnd = -1;
  for (const match of title.matchAll(CLAUSE_BREAK)) {
    if (match.index > maxLength) break;
    clauseEnd = match.index;
  }
  if (clauseEnd >= maxLength * 0.7) return trimEnd(title.slice(0, clauseEnd));

  return cutAtWord(title, maxLength);
}
