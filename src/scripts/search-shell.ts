import { loadSearch } from './search-loader.ts';

/**
 * What every page needs of the search before the reader uses it: `/` to focus the header's
 * box, and loading the search code on the box's first focus or keystroke. The results page
 * searches as it opens, so it loads the code at once.
 */
export function initSearchShell(): void {
  const input = document.querySelector<HTMLInputElement>('[data-search-box] input[role="combobox"]');
  if (document.querySelector('[data-search-page]')) void loadSearch();
  if (!input) return;
  const load = () => void loadSearch().catch(() => {});
  input.addEventListener('focus', load, { once: true });
  input.addEventListener('input', load, { once: true });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
