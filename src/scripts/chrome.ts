const STORAGE_KEY = 'veille-theme';

/**
 * Wires the two pieces of page chrome that need a script: the theme toggle (follows the
 * system until the reader chooses, then remembers the choice) and the navigation menu
 * button shown on narrow screens.
 */
export function initChrome(): void {
  const root = document.documentElement;
  const toggle = document.querySelector<HTMLButtonElement>('.theme-toggle');
  if (toggle) {
    const dark = () => (root.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';
    toggle.setAttribute('aria-pressed', String(dark()));
    toggle.addEventListener('click', () => {
      const theme = dark() ? 'light' : 'dark';
      root.dataset.theme = theme;
      toggle.setAttribute('aria-pressed', String(theme === 'dark'));
      try {
        localStorage.setItem(STORAGE_KEY, theme);
      } catch {
        // Storage can be refused (private mode, file:// in some browsers): the choice lasts for this page.
      }
    });
  }

  // The button opens every panel it controls: the site's sections and, on archive pages, the dates.
  const menu = document.querySelector<HTMLButtonElement>('.nav-toggle');
  const panels = (menu?.getAttribute('aria-controls') ?? '').split(' ').map((id) => document.getElementById(id));
  if (menu && panels.some(Boolean)) {
    menu.addEventListener('click', () => {
      const open = menu.getAttribute('aria-expanded') !== 'true';
      menu.setAttribute('aria-expanded', String(open));
      for (const panel of panels) panel?.classList.toggle('is-open', open);
    });
  }
}
