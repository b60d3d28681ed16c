import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file below a folder, relative to it with `/` separators, sorted: `["404.html", "articles/x/index.html", …]`. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The pages of a built site: its HTML files, the search bundle's own excluded. */
export async function sitePages(siteDir: string, pagefindDir: string): Promise<string[]> {
  return (await filesUnder(siteDir)).filter((file) => file.endsWith('.html') && !file.startsWith(`${pagefindDir}/`));
}
