import { facetOptions, previewSize, type FacetOption } from '../../lib/facet-options.ts';
import { FACETS, type FacetKey, type SearchState } from '../../lib/search-state.ts';
import type { FilterCounts } from './pagefind-client.ts';

/** The legend of each facet. */
const LEGENDS: Record<FacetKey, string> = {
  personne: 'Personnes',
  lieu: 'Lieux',
  organisation: 'Organisations',
  sujet: 'Sujets',
  annee: 'Année',
  langue: 'Langue',
};

/**
 * Fills the facets panel: one fieldset per facet that has values, a checkbox per value named
 * like its URL parameter (so the form's data is the page's address), its count in the label,
 * and beyond the ten most frequent a button that shows the rest. `expanded` remembers which
 * facets the reader opened in full across searches.
 */
export function renderFacets(container: HTMLElement, state: SearchState, counts: FilterCounts, expanded: Set<FacetKey>): void {
  const fieldsets = FACETS.flatMap((facet) => {
    const options = facetOptions(counts[facet], state.facets[facet], facet === 'annee' ? 'newest' : 'count');
    return options.length === 0 ? [] : [fieldset(facet, options, expanded)];
  });
  container.replaceChildren(...fieldsets);
}

function fieldset(facet: FacetKey, options: FacetOption[], expanded: Set<FacetKey>): HTMLFieldSetElement {
  const element = document.createElement('fieldset');
  element.className = 'facet';
  const legend = document.createElement('legend');
  legend.textContent = LEGENDS[facet];
  const list = document.createElement('ul');
  list.id = `facette-${facet}`;
  list.className = 'facet__values';
  const shown = previewSize(options);
  options.forEach((option, index) => {
    const item = document.createElement('li');
    item.append(checkbox(facet, option));
    item.hidden = index >= shown && !expanded.has(facet);
    list.append(item);
  });
  element.append(legend, list);
  if (shown < options.length) element.append(moreButton(facet, list, shown, expanded));
  return element;
}

function checkbox(facet: FacetKey, option: FacetOption): HTMLLabelElement {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = facet;
  input.value = option.value;
  input.checked = option.checked;
  const name = document.createElement('span');
  name.className = 'facet__name';
  name.textContent = option.value;
  const count = document.createElement('span');
  count.className = 'count';
  count.textContent = option.count.toLocaleString('fr-FR');
  label.append(input, name, ' ', count);
  return label;
}

function moreButton(facet: FacetKey, list: HTMLUListElement, shown: number, expanded: Set<FacetKey>): HTMLButtonElement {
  const items = Array.from(list.children) as HTMLElement[];
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'facet__more';
  button.setAttribute('aria-controls', list.id);
  const show = (all: boolean) => {
    button.setAttribute('aria-expanded', String(all));
    button.textContent = all ? 'Afficher moins' : `Tout afficher (${items.length.toLocaleString('fr-FR')})`;
  };
  show(expanded.has(facet));
  button.addEventListener('click', () => {
    const all = !expanded.has(facet);
    if (all) expanded.add(facet);
    else expanded.delete(facet);
    items.forEach((item, index) => (item.hidden = !all && index >= shown));
    show(all);
  });
  return button;
}
