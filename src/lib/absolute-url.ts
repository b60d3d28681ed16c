/**
 * The absolute address of a site path, under the site URL's own path if it has one:
 * `/articles/x/` with `https://host/archive` → `https://host/archive/articles/x/`.
 * Metadata, feeds and the sitemap need absolute addresses: the offline packaging rewrites
 * every site-relative link of the HTML, but leaves `https://…` alone.
 */
export function absoluteUrl(sitePath: string, siteUrl: string): string {
  const base = new URL(siteUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  base.search = '';
  base.hash = '';
  return new URL(sitePath.replace(/^\/+/, ''), base).href;
}
