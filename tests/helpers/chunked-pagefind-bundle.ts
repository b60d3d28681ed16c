import * as pagefind from 'pagefind';
import { decode } from 'cborg';
import { gunzipSync } from 'node:zlib';
import type { BundleFile } from '../../src/integrations/offline/package-offline.ts';

// Word → occurrences per page. Pagefind closes an index chunk once it holds 20,000
// locations; with these counts over PAGES pages, « de » ends a chunk, « défaut » and
// « défendre » (stemmed `defendr`) fill the next one, « défense » and « défenseur » the
// one after. Pagefind shortens the bounds of the middle chunk to `def`…`defend`, which
// loses `defendr`, as it loses words on a real French archive.
const WORDS: Record<string, number> = { de: 30, défaut: 14, défendre: 14, défense: 14, défenseur: 14, la: 3, soldat: 2 };
const PAGES = 700;

/** The search bundle Pagefind's Node API writes for a made-up archive whose index has several chunks. */
export async function chunkedPagefindBundle(): Promise<BundleFile[]> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  try {
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    for (let page = 0; page < PAGES; page++) {
      const words = Object.entries(WORDS).flatMap(([word, count]) => Array<string>(count).fill(word));
      const html = `<html><body><main data-pagefind-body><h1>Article</h1><p>${words.join(' ')}</p></main></body></html>`;
      const added = await index.addHTMLFile({ sourcePath: `articles/${page}/index.html`, content: html });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    }
    const bundle = await index.getFiles();
    if (bundle.errors.length > 0) throw new Error(bundle.errors.join('; '));
    return bundle.files;
  } finally {
    await pagefind.close();
  }
}

/** A Pagefind file's CBOR content. */
export function readPagefindFile(file: BundleFile): unknown[] {
  return decode(gunzipSync(file.content).subarray('pagefind_dcd'.length)) as unknown[];
}

/** The index chunks a bundle's metadata lists, in order: `[from, to, hash]`. */
export function metaChunks(files: readonly BundleFile[]): [string, string, string][] {
  const meta = files.find((file) => file.path.endsWith('.pf_meta'));
  if (!meta) throw new Error('no Pagefind metadata in the bundle');
  return readPagefindFile(meta)[2] as [string, string, string][];
}

/** The words of each index chunk, by chunk hash. */
export function chunkWords(files: readonly BundleFile[]): Map<string, string[]> {
  const chunks = files.filter((file) => file.path.startsWith('index/'));
  return new Map(chunks.map((file) => [file.path.slice('index/'.length, -'.pf_index'.length), (readPagefindFile(file)[0] as [string][]).map(([word]) => word)]));
}
