import type { EntityKindInfo } from './entity-kinds.ts';

/**
 * The sentence that opens the index of one kind of name: how many names have a page, and how
 * many too few articles give for one (`minArticles`, site.entityPageMinArticles).
 * `entityIndexIntro(KIND_INFO.people, 2012, 5124, 2)` → « 2 012 personnes ont une page, par
 * ordre alphabétique. Le nombre qui suit chaque nom est celui de ses articles. S'y ajoutent
 * 5 124 noms cités dans un seul article, sans page propre. Les filtres de la recherche les proposent. »
 */
export function entityIndexIntro(info: Pick<EntityKindInfo, 'one' | 'many' | 'filter'>, withPage: number, withoutPage: number, minArticles: number): string {
  const count = (n: number) => n.toLocaleString('fr-FR');
  const sentences: string[] = [];
  if (withPage > 0) {
    sentences.push(
      `${count(withPage)} ${withPage > 1 ? `${info.many} ont` : `${info.one} a`} une page, par ordre alphabétique.`,
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

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
