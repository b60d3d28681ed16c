import { search } from './pagefind-client.ts';
import { describeCount, renderHit } from './render-hit.ts';

/** Most results the results page lists for one query. */
const PAGE_SIZE = 50;

/**
 * The shareable results page, `/recherche/?q=…`: reads the query from the address,
 * lists the results, and keeps the address in step with new queries.
 */
export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;

  const run = async (query: string) => {
    if (query === '') {
      status.textContent = 'Saisissez un ou plusieurs mots.';
      list.replaceChildren();
      return;
    }
    status.textContent = 'Recherche…';
    try {
      const answer = await search(query, PAGE_SIZE);
      list.replaceChildren(
        ...answer.hits.map((hit) => {
          const item = document.createElement('li');
          item.className = 'search-hit';
          item.append(renderHit(hit));
          return item;
        }),
      );
      const shown = answer.total > PAGE_SIZE ? ` Les ${PAGE_SIZE} premiers sont affichés.` : '';
      status.textContent = describeCount(answer.total, query) + shown;
    } catch {
      list.replaceChildren();
      status.textContent = 'La recherche est indisponible : l’index n’a pas été construit (npm run build).';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    history.replaceState(null, '', url);
    void run(query);
  });
  const query = new URL(location.href).searchParams.get('q')?.trim() ?? '';
  input.value = query;
  void run(query);
}
