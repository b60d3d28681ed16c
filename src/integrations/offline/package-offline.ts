import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { classicScripts, prefixedLinks, relativeLinks } from './relative-links.ts';

/** Folder of the wrapped search files inside the Pagefind bundle (read by offline-pagefind.ts). */
const OFFLINE_FOLDER = 'offline';
// Pagefind's own interfaces, which the site does not use (it has its own search UI).
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.|^playground\//;

/**
 * One page made to work opened from disk as well as hosted anywhere: relative links that
 * name files, and classic scripts, whose addresses are returned for `assertScriptsStandalone` to check.
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
 * each script the pages run checked to run standalone from disk.
 */
export async function assertScriptsStandalone(siteDir: string, scripts: Iterable<string>): Promise<void> {
  for (const script of new Set(scripts)) await assertStandalone(siteDir, script);
}

async function assertStandalone(siteDir: string, script: string): Promise<void> {
  const source = await readFile(path.join(siteDir, script.replace(/^\//, '')), 'utf8');
  if (/(?:^|[;}\s])(?:import\s*[{*\w"'(]|export\s*[{*\w])/m.test(source)) {
    throw new Error(`${script} imports or exports modules: it would not run from disk (file://); keep the site's script in one file`);
  }
}

/** A file of the search bundle, by its path inside the bundle folder. */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

/**
 * Writes the search bundle into `bundleDir` as it is served, and each of its files again
 * as a classic script for reading from disk (`offline/<file>.js`), straight from memory.
 * Pagefind's own interfaces are left out. Resolves the number of search files.
 */
export async function writeSearchBundle(bundleDir: string, files: readonly BundleFile[]): Promise<number> {
  await rm(bundleDir, { recursive: true, force: true });
  const used = files.filter((file) => !UNUSED.test(file.path));
  const targets = used.flatMap((file) => [
    { file: path.join(bundleDir, file.path), content: file.content },
    { file: path.join(bundleDir, OFFLINE_FOLDER, `${file.path}.js`), content: wrapFile(file.path, file.content) },
  ]);
  for (const folder of new Set(targets.map(({ file }) => path.dirname(file)))) await mkdir(folder, { recursive: true });
  // Thousands of small files: a few writes in flight keep the disk busy without holding many handles.
  const limit = pLimit(WRITES_IN_FLIGHT);
  await Promise.all(targets.map(({ file, content }) => limit(() => writeFile(file, content))));
  return used.length;
}

const WRITES_IN_FLIGHT = 16;

/** A classic script that hands a file's bytes to the page: `window.__veillePagefindFile("index/fr_1.pf_index", "H4sI…")`. */
export function wrapFile(file: string, bytes: Uint8Array): string {
  return `window.__veillePagefindFile&&window.__veillePagefindFile(${JSON.stringify(file)},"${Buffer.from(bytes).toString('base64')}");\n`;
}
