/**
 * The file of the built site that a page's address is written to, with Astro's
 * `build.format: 'directory'`: `/articles/x/` → `articles/x/index.html`, `/` →
 * `index.html`, and a page without a folder (`/404`) → `404.html`.
 */
export function pageFile(pathname: string): string {
  const relative = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) return `${relative}index.html`;
  return relative.endsWith('.html') ? relative : `${relative}.html`;
}
