import { THEME_SCRIPT_HASH } from './theme-script.ts';

/**
 * The site's Content-Security-Policy, as a `<meta>` tag can carry it (no `frame-ancestors`,
 * no reporting): nothing runs or loads unless the site ships it, hosted or opened from disk
 * (Chromium matches `'self'` against other file: addresses there). Each source is there
 * because something breaks without it; tests/e2e/csp.spec.ts checks the policy both ways.
 */
export const CONTENT_SECURITY_POLICY = [
  // Only the site's own files: stylesheets (no inline style anywhere) and fetches.
  "default-src 'self'",
  // The site's scripts and Pagefind's worker (a file of the site, used when hosted), the
  // theme script by its hash and no other inline script; blob: for
  // Pagefind's module, which a page opened from disk imports from a blob: URL
  // (offline-pagefind.ts); WebAssembly compilation for Pagefind's engine, which runs in the
  // page itself on disk (a worker is not allowed there).
  `script-src 'self' ${THEME_SCRIPT_HASH} blob: 'wasm-unsafe-eval'`,
  // The favicon is a data: URL.
  "img-src 'self' data:",
  // What `default-src` does not cover: plugins, a <base> that would move every relative
  // link, and forms sent elsewhere.
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
