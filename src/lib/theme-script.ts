import { createHash } from 'node:crypto';

/**
 * The one inline script of every page: applies the reader's chosen theme before the first
 * paint, so that it never flashes the other one. Kept here as text so that the page and its
 * Content-Security-Policy hash (below) are made from the same bytes and can never drift.
 */
export const THEME_SCRIPT =
  "try{const t=localStorage.getItem('veille-theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}";

/** The CSP source that allows exactly `THEME_SCRIPT` to run: `'sha256-…'`. */
export const THEME_SCRIPT_HASH = `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`;
