import path from 'node:path';

// Start tags, found with a regular expression rather than an HTML parser: this runs over
// every page of archives of many thousand pages, and the markup it reads is Astro's own.
// Astro escapes `<` in text and `"` in attribute values; a `<` or `>` left raw inside an
// attribute value may cut a match short, but can never forge ` href="…"`, so only real
// address attributes are rewritten.
const TAG = /<[a-zA-Z][^>]*>/g;
const SITE_ADDRESS = /(\s(?:href|src|action)=")(\/(?!\/)[^"]*)"/g;
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
// A script the page runs (`src`) or loads later (`data-search-script`), by site address.
const SCRIPT_TAG = /<script\b[^>]*>/g;
const SCRIPT_ADDRESS = /\s(?:src|data-search-script)="(\/(?!\/)[^"]*)"/g;

/**
 * A page of the built site with every site address (`/articles/x/`) made relative to the
 * page and ending in a file (`../../articles/x/index.html`), so that the folder works
 * opened from disk, at a domain's root and under any sub-path, without a `base` setting.
 * `pagePath` is the page's file within the site: `articles/x/index.html`.
 */
export function relativeLinks(html: string, pagePath: string): string {
  const resolve = addressResolver(path.posix.dirname(pagePath));
  // Most tags name no site address: they are passed over before any second match.
  return html.replace(TAG, (tag) =>
    tag.includes('="/') ? tag.replace(SITE_ADDRESS, (_, attribute: string, address: string) => `${attribute}${resolve(address)}"`) : tag,
  );
}

// The header, navigation and footer repeat the same addresses on every page. An address
// outside the page's top folder resolves to the same `../…` from every page of the same
// depth, so it is resolved once per depth; the others are resolved each time.
const RESOLVED = new Map<string, string>();
const RESOLVED_LIMIT = 100_000;

/** Resolves site addresses seen from one folder, through the cache above where it can. */
function addressResolver(fromFolder: string): (address: string) => string {
  const top = fromFolder === '.' ? undefined : fromFolder.split('/', 1)[0];
  const depth = top === undefined ? 0 : fromFolder.split('/').length;
  return (address) => {
    if (top !== undefined && (address.startsWith(`/${top}/`) || address === `/${top}`)) return relativeAddress(address, fromFolder);
    const key = `${depth}\u0000${address}`;
    let relative = RESOLVED.get(key);
    if (relative === undefined) {
      if (RESOLVED.size >= RESOLVED_LIMIT) RESOLVED.clear();
      relative = relativeAddress(address, fromFolder);
      RESOLVED.set(key, relative);
    }
    return relative;
  };
}

/** Site addresses placed under a base path: `/articles/x/` with `/archive/` → `/archive/articles/x/`. */
export function prefixedLinks(html: string, basePath: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return html.replace(TAG, (tag) => tag.replace(SITE_ADDRESS, (_, attribute: string, address: string) => `${attribute}${base}${address.slice(1)}"`));
}

/** `/articles/x/?q=1#a` seen from `recherche` → `../articles/x/index.html?q=1#a`. */
export function relativeAddress(address: string, fromFolder: string): string {
  const match = /^([^?#]*)(.*)$/.exec(address)!;
  let target = match[1].slice(1);
  if (target === '' || target.endsWith('/')) target += 'index.html';
  const relative = path.posix.relative(fromFolder === '.' ? '' : fromFolder, target);
  return `${relative}${match[2]}`;
}

/**
 * Module scripts become classic deferred scripts, which browsers run from disk; their
 * addresses are returned so the caller can check each has no import to follow.
 */
export function classicScripts(html: string): { html: string; scripts: string[] } {
  const rewritten = html.replace(MODULE_SCRIPT, (_, src: string) => `<script defer src="${src}"></script>`);
  return { html: rewritten, scripts: scriptAddresses(html) };
}

/** The site addresses of every script a page runs or loads on demand (`data-search-script`). */
export function scriptAddresses(html: string): string[] {
  const scripts = new Set<string>();
  for (const [tag] of html.matchAll(SCRIPT_TAG)) for (const [, address] of tag.matchAll(SCRIPT_ADDRESS)) scripts.add(address);
  return [...scripts];
}
