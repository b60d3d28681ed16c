import { namesFewWords } from '../../lib/search-words.ts';
import { preload, search, type SearchAnswer } from './pagefind-client.ts';
import { pageUrl } from '../site-url.ts';
import { describeCount, describeTooCommon, renderHit } from './render-hit.ts';

/** How many results the header's panel shows; the results page has them all. */
const PANEL_SIZE = 8;
/** Pause after the last keystroke before searching a query whose last word is short or a function word, in milliseconds. */
const TYPING_PAUSE = 120;

/**
 * The header's search box as an ARIA combobox: results with highlighted excerpts as
 * the reader types, arrows to move, Enter to open, Escape to close; submitting without a
 * choice opens the results page. `/` to focus it is in search-shell.ts, on every page.
 */
export function initSearchBox(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-box]');
  const input = form?.querySelector<HTMLInputElement>('input[role="combobox"]');
  const panel = form?.querySelector<HTMLElement>('.search-box__panel');
  const status = form?.querySelector<HTMLElement>('.search-box__status');
  const list = form?.querySelector<HTMLUListElement>('[role="listbox"]');
  if (!form || !input || !panel || !status || !list) return;

  form.action = pageUrl('/recherche/');
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  // The search in flight, aborted by the next keystroke: its results are no longer wanted.
  let inFlight: AbortController | undefined;
  // Escape closed the panel: results arriving afterwards fill the list without reopening it.
  let dismissed = false;
  // One search at a time, so that searches for what the reader has typed past never pile up:
  // the newest query typed meanwhile runs when it ends (its index loading already), those
  // typed before it never run.
  let searching = false;
  let waiting: string | undefined;

  const options = () => Array.from(list.querySelectorAll<HTMLElement>('[role="option"]'));
  const open = (visible: boolean) => {
    panel.hidden = !visible;
    input.setAttribute('aria-expanded', String(visible && options().length > 0));
  };
  const setActive = (index: number) => {
    const all = options();
    active = all.length === 0 ? -1 : (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const show = (answer: SearchAnswer) => {
    list.replaceChildren(
      ...answer.hits.map((hit, index) => {
        const item = document.createElement('li');
        item.id = `recherche-option-${index}`;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        item.className = 'search-hit';
        item.dataset.href = hit.url;
        item.append(renderHit(hit, { asLink: false }));
        return item;
      }),
    );
    status.textContent = answer.tooCommon ? describeTooCommon(answer.query) : describeCount(answer.total, answer.query);
    active = -1;
    input.removeAttribute('aria-activedescendant');
    open(!dismissed);
  };
  const run = async (query: string) => {
    const ticket = ++latest;
    const controller = new AbortController();
    inFlight = controller;
    try {
      const answer = await search(query, PANEL_SIZE, controller.signal);
      if (ticket === latest && input.value.trim() === query) show(answer);
    } catch {
      if (ticket !== latest || controller.signal.aborted) return;
      list.replaceChildren();
      status.textContent = 'La recherche est indisponible : l’index n’a pas été construit (npm run build).';
      open(true);
    }
  };

  const request = (query: string) => {
    if (searching) {
      waiting = query;
      preload(query);
      return;
    }
    searching = true;
    void run(query).finally(() => {
      searching = false;
      const next = waiting;
      waiting = undefined;
      if (next !== undefined && next === input.value.trim()) request(next);
    });
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    inFlight?.abort();
    dismissed = false;
    const query = input.value.trim();
    if (query === '') {
      latest++;
      waiting = undefined;
      list.replaceChildren();
      status.textContent = '';
      open(false);
      return;
    }
    // A query naming few words is searched at once, without waiting for a pause in typing;
    // one ending in a short or function word would load and search most of the index at
    // every letter.
    if (namesFewWords(query)) request(query);
    else timer = setTimeout(() => request(query), TYPING_PAUSE);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options().length === 0) return;
      event.preventDefault();
      dismissed = false;
      open(true);
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      location.href = options()[active].dataset.href!;
    } else if (event.key === 'Escape') {
      dismissed = true;
      if (!panel.hidden) {
        event.preventDefault();
        open(false);
        setActive(-1);
      } else if (input.value !== '') {
        event.preventDefault();
        input.value = '';
      }
    }
  });
  // An option holds no link (a control inside an option is hidden from assistive technology): a click on it opens its article.
  // Pressing on an option keeps the focus in the box, so the panel stays open until the click.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (option?.dataset.href) location.href = option.dataset.href;
  });
  input.addEventListener('focus', () => {
    dismissed = false;
    if (list.childElementCount > 0 || status.textContent) open(true);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  // Words typed while this code was loading are searched now; a focused box shows its panel.
  if (input.value.trim() !== '') input.dispatchEvent(new Event('input'));
}
