import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { absoluteUrl } from '../../../src/lib/absolute-url.ts';
import { site } from '../../../src/site.config.ts';
import { E2E_SITE } from './site-build.ts';

/** The absolute address of a site path under the configured site URL, as the build writes it. */
export function siteUrl(sitePath: string): string {
  return absoluteUrl(sitePath, site.url);
}

/**
 * The file of the built site an absolute address names (`…/articles/x/` → `dist/articles/x/index.html`),
 * or undefined when the address is not under the site URL or names no file.
 */
export function builtFile(url: string): string | undefined {
  const root = siteUrl('/');
  if (!url.startsWith(root)) return undefined;
  let relative = decodeURIComponent(new URL(url).pathname.slice(new URL(root).pathname.length));
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = path.join(E2E_SITE, relative);
  return file.startsWith(`${E2E_SITE}${path.sep}`) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** A file of the built site, by its path inside it (`rss.xml`). */
export function readBuilt(relativePath: string): string {
  return readFileSync(path.join(E2E_SITE, relativePath), 'utf8');
}

/** Every HTML page of the built site, relative to it, with `/` separators. */
export function builtPages(): string[] {
  return (readdirSync(E2E_SITE, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .sort();
}

/**
 * The text of each JSON-LD script of a page, cut where an HTML parser ends a script element
 * (the first `</script`, in any case): a title that closed the element would show here.
 */
export function jsonLdScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\btype="application\/ld\+json"[^>]*>([\s\S]*?)<\/script/gi)].map((match) => match[1]);
}

/** An XML parser that keeps text as written (no numbers) and attributes as `@_name`. */
export const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['item', 'sitemap', 'url'].includes(name) });
