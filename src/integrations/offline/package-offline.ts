import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { classicScripts, prefixedLinks, relativeLinks } from './relative-links.ts';
import { filesUnder } from '../files-under.ts';

/** Folder of the wrapped search files inside the Pagefind bundle (read by offline-pagefind.ts). */
const OFFLINE_FOLDER = 'offline';
// Pagefind's own interfaces, which the site does not use (it has its own search UI).
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.|^playground\//;

/**
 * One page made to work opened from disk as well as hosted anywhere: relative links that
 * name files, and classic scripts, whose addresses are returned for `finishOffline` to check.
 * `page` is the page's file within the site: `articles/x/index.html`.
 */
export function offlinePage(html: string, page: string, basePath = '/'): { html: string; scripts: string[] } {
  const { html: classic, scripts } = classicScripts(html);
  // A server sends 404.html for any missing address, at any depth: relative links
  // would resolve against that address, so this page keeps addresses from the root of
  // the configured site (its base path, `/` unless the site URL has one).
  return { html: page === '404.html' ? prefixedLinks(classic, basePath) : relativeLinks(classic, page), scripts };
}

/**
 * The site-wide part of the offline packaging, once every page went through `offlinePage`:
 * each script checked to run standalone, and every Pagefind file also written as a classic
 * script. Resolves the number of search files wrapped.
 */
export async function finishOffline(siteDir: string, scripts: Iterable<string>, pagefindDir = 'pagefind'): Promise<number> {
  for (const script of new Set(scripts)) await assertStandalone(siteDir, script);
  return wrapSearchFiles(path.join(siteDir, pagefindDir));
}

async function assertStandalone(siteDir: string, script: string): Promise<void> {
  const source = await readFile(path.join(siteDir, script.replace(/^\//, '')), 'utf8');
  if (/(?:^|[;}\s])(?:import\s*[{*\w"'(]|export\s*[{*\w])/m.test(source)) {
    throw new Error(`${script} imports or exports modules: it would not run from disk (file://); keep the site's script in one file`);
  }
}

async function wrapSearchFiles(bundleDir: string): Promise<number> {
  await rm(path.join(bundleDir, OFFLINE_FOLDER), { recursive: true, force: true });
  let count = 0;
  for (const file of await filesUnder(bundleDir)) {
    if (UNUSED.test(file)) {
      await rm(path.join(bundleDir, file));
      continue;
    }
    const target = path.join(bundleDir, OFFLINE_FOLDER, `${file}.js`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, wrapFile(file, await readFile(path.join(bundleDir, file))));
    count++;
  }
  await rm(path.join(bundleDir, 'playground'), { recursive: true, force: true });
  return count;
}

/** A classic script that hands a file's bytes to the page: `window.__veillePagefindFile("index/fr_1.pf_index", "H4sI…")`. */
export function wrapFile(file: string, bytes: Uint8Array): string {
  return `window.__veillePagefindFile&&window.__veillePagefindFile(${JSON.stringify(file)},"${Buffer.from(bytes).toString('base64')}");\n`;
}
