/** « 1 article », « 1 250 articles »: a count of articles in French, digits grouped. */
export function countArticles(count: number): string {
  return `${count.toLocaleString('fr-FR')} article${count > 1 ? 's' : ''}`;
}
