import { effectiveSort, hasFacets, parseSearchState, searchParams, type FacetKey, type SearchState, type SortOrder } from '../../lib/search-state.ts';
import { renderFacets } from './facet-panel.ts';
import { describeCount, describeTooCommon, renderHit } from './render-hit.ts';
import { searchedState, searchWithFacets } from './search-with-facets.ts';
import type { SearchHit } from './pagefind-client.ts';

/** Most results the results page lists for one search. */
const PAGE_SIZE = 50;

/**
 * The shareable results page, `/recherche/?q=iran&lieu=Gaza&tri=recent`: reads words, facets
 * and order from the address, lists the results with the facets and their counts, and keeps the
 * address in step with every change, so that a copied link shows the same results.
 */
export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const sortSelect = form?.querySelector<HTMLSelectElement>('select[name="tri"]');
  const facets = form?.querySelector<HTMLElement>('[data-search-facets]');
  const panel = form?.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const clear = form?.querySelector<HTMLButtonElement>('[data-search-clear]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !sortSelect || !facets || !panel || !clear || !status || !list) return;

  const expanded = new Set<FacetKey>();
  let chosenSort: SortOrder | undefined;
  let latest = 0;

  const readForm = (): SearchState => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string' && name !== 'tri') params.append(name, value);
    return { ...parseSearchState(params), sort: chosenSort };
  };
  const show = (state: SearchState) => {
    input.value = state.query;
    const searched = searchedState(state);
    sortSelect.value = effectiveSort(searched);
    // Relevance needs words: without them the results are listed by date.
    sortSelect.querySelector<HTMLOptionElement>('option[value="pertinence"]')!.disabled = !searched.query;
    const active = Object.values(state.facets).flat().length;
    clear.hidden = active === 0;
    panel.querySelector('[data-search-active]')!.textContent = active > 0 ? ` (${active})` : '';
  };
  const run = async (state: SearchState) => {
    const ticket = ++latest;
    show(state);
    status.textContent = 'Recherche…';
    try {
      const { answer, counts, tooCommon: wordsLeftOut } = await searchWithFacets(state, PAGE_SIZE);
      if (ticket !== latest) return;
      keepFocus(facets, () => renderFacets(facets, state, counts, expanded));
      list.replaceChildren(...(answer?.hits ?? []).map(resultItem));
      if (!answer) status.textContent = wordsLeftOut ? describeTooCommon(state.query) : 'Saisissez un ou plusieurs mots, ou choisissez des filtres.';
      else {
        const shown = answer.total > PAGE_SIZE ? ` Les ${PAGE_SIZE} premiers sont affichés.` : '';
        const leftOut = wordsLeftOut ? `${describeTooCommon(state.query, true)} ` : '';
        status.textContent = leftOut + describeCount(answer.total, wordsLeftOut ? '' : state.query, hasFacets(state)) + shown;
      }
    } catch {
      if (ticket !== latest) return;
      list.replaceChildren();
      status.textContent = 'La recherche est indisponible : l’index n’a pas été construit (npm run build).';
    }
  };
  const update = () => {
    const state = readForm();
    const params = searchParams(state).toString();
    history.replaceState(null, '', params ? `${location.pathname}?${params}` : location.pathname);
    void run(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    if (event.target === sortSelect) chosenSort = sortSelect.value as SortOrder;
    update();
  });
  clear.addEventListener('click', () => {
    for (const box of facets.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false;
    input.focus();
    update();
  });

  const initial = parseSearchState(new URL(location.href).searchParams);
  chosenSort = initial.sort;
  // On a narrow screen the facets start folded so the results stay in view.
  panel.open = !matchMedia('(max-width: 48rem)').matches;
  void run(initial);
}

function resultItem(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  item.append(renderHit(hit));
  return item;
}

/** Re-renders a panel without losing the reader's place: the focused checkbox keeps the focus. */
function keepFocus(container: HTMLElement, render: () => void): void {
  const focused = document.activeElement;
  const key = focused instanceof HTMLInputElement && container.contains(focused) ? [focused.name, focused.value] : undefined;
  render();
  if (!key) return;
  const again = Array.from(container.querySelectorAll<HTMLInputElement>('input')).find((box) => box.name === key[0] && box.value === key[1]);
  again?.focus();
}
