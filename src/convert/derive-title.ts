import { cutAtWord, stripTrailingPunctuation as stripEnd } from './cut-at-word.ts';
import { firstSentence } from './first-sentence.ts';

/** Longest derived title, in characters. */
export const MAX_TITLE_LENGTH = 110;

// Openings of a circumstantial first clause (« Lors d'une réunion au Pentagone, … »)
// that a headline can do without.
const INTRODUCTORY =
  /^(?:lors|alors|selon|après|avant|depuis|dans|pendant|durant|face|malgré|pour|sous|tandis|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche|hier|aujourd'hui|mercredi|cette semaine|le mois dernier|en|à|au|aux|outre|par ailleurs|de son côté|ainsi|enfin|toutefois|cependant|pourtant)\b/iu;
// An apposition between commas (« , le général Herzi Halevi, »): short, starting with a determiner.
const APPOSITION = /, (?:le|la|les|l'|l’|un|une|son|sa|ses|leur|notre) [^,;:]{1,60},/u;
// A trailing attribution (« , a rapporté … », « , selon … »).
const ATTRIBUTION =
  /, (?:a |ont |avait |aurait )?(?:rapporté|déclaré|indiqué|affirmé|annoncé|expliqué|précisé|souligné|estimé|confirmé|ajouté|selon|d'après|d’après|rapporte|indique|affirme|annonce)\b.*$/u;
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
  if (title.length <= maxLength) return stripEnd(title);
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
  if (clauseEnd >= maxLength * 0.7) return stripEnd(title.slice(0, clauseEnd));

  return cutAtWord(title, maxLength);
}
