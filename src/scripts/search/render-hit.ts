import { formatPartialDate } from '../../lib/partial-date.ts';
import { wordsOf } from '../../lib/search-words.ts';
import type { SearchHit } from './pagefind-client.ts';

/**
 * Appends an excerpt to an element as text, keeping only Pagefind's `<mark>` highlights:
 * the excerpt is parsed in an inert document and nothing but text and marks is copied,
 * so whatever an article contains can never become markup on the page.
 */
export function appendExcerpt(target: HTMLElement, excerptHtml: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${excerptHtml}</body>`, 'text/html');
  for (const node of Array.from(parsed.body.childNodes)) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent ?? '');
    }
  }
}

/**
 * The content of one result: its title, its date and its excerpt. The title is a link,
 * except inside a listbox option (`asLink: false`), which must hold no control of its own:
 * the option itself opens the article.
 */
export function renderHit(hit: SearchHit, { asLink = true } = {}): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const title = document.createElement(asLink ? 'a' : 'span');
  title.className = 'search-hit__title';
  if (title instanceof HTMLAnchorElement) title.href = hit.url;
  title.textContent = hit.title;
  fragment.append(title);
  if (hit.date) {
    const time = document.createElement('time');
    time.className = 'search-hit__date';
    time.dateTime = hit.date;
    time.textContent = formatPartialDate(hit.date);
    fragment.append(time);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-hit__excerpt';
  appendExcerpt(excerpt, hit.excerpt);
  fragment.append(excerpt);
  return fragment;
}

/** « 1 résultat pour « iran » », « 3 résultats avec les filtres choisis. », « Aucun résultat… ». */
export function describeCount(total: number, query: string, filtered = false): string {
  const count = total === 0 ? 'Aucun résultat' : `${total.toLocaleString('fr-FR')} résultat${total > 1 ? 's' : ''}`;
  return `${count}${query ? ` pour « ${query} »` : ''}${filtered ? ' avec les filtres choisis' : ''}.`;
}

/**
 * What the reader is told of a query of function words only, which is not searched (see
 * `tooCommon`): « Mot trop courant pour une recherche : « les ». Ajoutez un mot plus précis. »;
 * with filters chosen, that the filters alone decided.
 */
export function describeTooCommon(query: string, filtered = false): string {
  const words = wordsOf(query);
  const plural = words.length > 1 ? 's' : '';
  const quoted = `« ${words.join(' ')} »`;
  return filtered
    ? `Mot${plural} trop courant${plural}, laissé${plural} de côté : ${quoted}.`
    : `Mot${plural} trop courant${plural} pour une recherche : ${quoted}. Ajoutez un mot plus précis.`;
}
