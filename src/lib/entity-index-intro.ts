import type { EntityKindInfo } from './entity-kinds.ts';
import { OTHER_INITIAL } from './initial-groups.ts';

/**
 * The sentence that opens the index of one kind of name: how many names have a page, and how
 * many too few articles give for one (`minArticles`, site.entityPageMinArticles).
 * `entityIndexIntro(KIND_INFO.people, 2012, 5124, 2)` → « 2 012 personnes ont une page, par
 * ordre alphabétique. Le nombre qui suit chaque nom est celui de ses articles. S'y ajoutent
 * 5 124 noms cités dans un seul article, sans page propre. Les filtres de la recherche les proposent. »
 */
export function entityIndexIntro(
  info: Pick<EntityKindInfo, 'one' | 'many' | 'filter'>,
  withPage: number,
  withoutPage: number,
  minArticles: number,
  byInitial = false,
): string {
  const sentences: string[] = [];
  if (withPage > 0) {
    const have = `${count(withPage)} ${withPage > 1 ? `${info.many} ont` : `${info.one} a`} une page`;
    const order = byInitial ? '. Chaque initiale ci-dessous mène à leur liste' : '';
    sentences.push(
      `${have}${order}, par ordre alphabétique.`,
      'Le nombre qui suit chaque nom est celui de ses articles.',
    );
  }
  if (withoutPage > 0) {
    const names = withoutPage > 1 ? `${count(withoutPage)} noms cités` : 'un nom cité';
    const few = minArticles === 2 ? 'dans un seul article' : `dans moins de ${count(minArticles)} articles`;
    const subject = withPage > 0 ? `S'y ajoute${withoutPage > 1 ? 'nt' : ''} ${names}` : capitalize(names);
    sentences.push(`${subject} ${few}, sans page propre.`);
    if (info.filter) sentences.push(`Les filtres de la recherche ${withoutPage > 1 ? 'les' : 'le'} proposent.`);
  }
  return sentences.length > 0 ? sentences.join(' ') : "Aucun nom de ce genre dans l'archive.";
}

/**
 * The sentences that open a page of an index's names of one initial (`#` for the others);
 * `pageLabel` is what `pageSuffix` gives for the page. `initialPageIntro(KIND_INFO.people,
 * 312, 'M', ' (page 2 sur 2)')` → « 312 personnes dont le nom commence par M, par ordre
 * alphabétique (page 2 sur 2). Le nombre qui suit chaque nom est celui de ses articles. »
 */
export function initialPageIntro(
  info: Pick<EntityKindInfo, 'one' | 'many'>,
  names: number,
  letter: string,
  pageLabel = '',
): string {
  const start = letter === OTHER_INITIAL ? 'ne commence pas par une lettre de A à Z' : `commence par ${letter}`;
  const listed = `${count(names)} ${names > 1 ? info.many : info.one} dont le nom ${start}, par ordre alphabétique${pageLabel}.`;
  return `${listed} Le nombre qui suit chaque nom est celui de ses articles.`;
}

/** A count in French, thousands grouped: « 5 124 ». */
function count(n: number): string {
  return n.toLocaleString('fr-FR');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
