import { expect, test, type Page } from '@playwright/test';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixChunkBounds } from '../../src/integrations/pagefind-chunk-bounds.ts';
import type { BundleFile } from '../../src/integrations/offline/package-offline.ts';
import { chunkedPagefindBundle, chunkWords } from '../helpers/chunked-pagefind-bundle.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

// Pagefind's own search, in the browser, over an index of several chunks: as Pagefind
// writes it, and with the bounds the build writes (pagefind-chunk-bounds.ts).
let folder: string;
let original: StaticServer;
let fixed: StaticServer;
let defendreChunk: string;
let deChunk: string;

test.beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'veille-chunks-'));
  const files = await chunkedPagefindBundle();
  const chunkOf = (stem: string) => [...chunkWords(files)].find(([, words]) => words.includes(stem))![0];
  defendreChunk = chunkOf('defendr');
  deChunk = chunkOf('de');
  original = await serveBundle(path.join(folder, 'original'), files);
  fixed = await serveBundle(path.join(folder, 'fixed'), fixChunkBounds(files));
});

test.afterAll(async () => {
  await Promise.all([original?.close(), fixed?.close()]);
  await rm(folder, { recursive: true, force: true });
});

async function serveBundle(dir: string, files: readonly BundleFile[]): Promise<StaticServer> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, 'pagefind', file.path)), { recursive: true });
    await writeFile(path.join(dir, 'pagefind', file.path), file.content);
  }
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><html lang="fr"><title>Recherche</title></html>');
  return startStaticServer(dir);
}

/** Searches a word at once, as when it is pasted: how many pages it finds and which index chunks it loaded. */
async function searchAtOnce(page: Page, server: StaticServer, word: string): Promise<{ results: number; chunks: string[] }> {
  const chunks: string[] = [];
  page.on('request', (request) => {
    const chunk = /\/index\/([^/]+)\.pf_index$/.exec(request.url())?.[1];
    if (chunk) chunks.push(chunk);
  });
  await page.goto(server.url);
  const results = await page.evaluate(async (query) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    return (await pagefind.search(query)).results.length as number;
  }, word);
  return { results, chunks };
}

// « défendre » is looked up as typed, `defendre`, which sorts after its stem `defendr`
// and so past the bound Pagefind gives the stem's chunk.
test('a word searched loads only the chunk of its stem', async ({ page }) => {
  expect(await searchAtOnce(page, fixed, 'défendre')).toEqual({ results: 700, chunks: [defendreChunk] });
});

test('Pagefind’s own bounds load the chunk of « de » besides (the reason for the fix; if this fails, Pagefind changed)', async ({ page }) => {
  const { results, chunks } = await searchAtOnce(page, original, 'défendre');
  expect(results).toBe(700);
  expect(chunks.sort()).toEqual([deChunk, defendreChunk].sort());
});
