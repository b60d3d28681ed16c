/** The root of the site, from the page's `<link rel="home">`: right at a domain's root, under a sub-path and on disk. */
export function siteRoot(): URL {
  const home = document.querySelector<HTMLLinkElement>('link[rel="home"]');
  return new URL(home?.href ?? '/', location.href);
}

/** True when the page was opened from disk (`file://`), where a folder address shows a listing, not its page. */
export function isOffline(): boolean {
  return location.protocol === 'file:';
}

/**
 * The address of a page of the site given by its site-relative path (`/articles/x/`, as
 * Pagefind and the pages know it): under the site's root, with `index.html` on disk.
 */
export function pageUrl(path: string): string {
  const url = new URL(path.replace(/^\//, ''), siteRoot());
  if (isOffline() && url.pathname.endsWith('/')) url.pathname += 'index.html';
  return url.href;
}
