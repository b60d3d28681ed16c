import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFrontmatter } from 'astro/markdown';
import pLimit from 'p-limit';
import { ArticleIds, SlugClaimedTwice } from './article-ids.ts';
import { findMdxOnlySyntax } from './mdx-only-syntax.ts';

/** Files read and rendered at once: enough to keep the disk busy, few enough to bound memory. */
const FILES_AT_ONCE = 16;

/**
 * Loads the generated articles (`*.mdx` in `base`), the entry id being the front matter's
 * `slug`, and renders each body to HTML while loading, through the site's Markdown processor.
 *
 * Why not Astro's `glob()`: it compiles every MDX file into a JavaScript module that the
 * build bundles and each page imports. At 5,000 articles that bundling was 35 s, and the
 * imports a sixth of page generation. The converter writes only the part of MDX that reads
 * exactly as CommonMark (escaped paragraphs: see `findMdxOnlySyntax`), so Markdown gives the
 * same HTML with no JavaScript at all; the rendered HTML is kept in Astro's content store,
 * and an article whose file did not change is not rendered again.
 * An article that leaves that subset, by a hand edit for example, fails the build with its
 * file, line and reason, rather than being rendered differently from what MDX would show.
 * Hand-written pages (`content/pages`) stay full MDX, through `glob()` and `@astrojs/mdx`.
 */
export function articleLoader({ base }: { base: string }): Loader {
  return {
    name: 'veille-articles',
    load: async (context) => {
      const folder = path.resolve(fileURLToPath(context.config.root), base);
      const ids = new ArticleIds();
      const sync = (file: string) => syncArticle(context, folder, file, ids);
      const files = (await listArticleFiles(folder, context)).sort();
      const limit = pLimit(FILES_AT_ONCE);
      await Promise.all(files.map((file) => limit(() => sync(file))));
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
      if (context.watcher) watchArticles(context, folder, ids, sync);
    },
  };
}

/** The article files of the folder; none, with a warning, when the folder is missing (nothing converted yet). */
async function listArticleFiles(folder: string, { logger }: LoaderContext): Promise<string[]> {
  try {
    return (await readdir(folder)).filter(isArticleFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    logger.warn(`no article folder at ${folder}: run npm run convert`);
    return [];
  }
}

function isArticleFile(file: string): boolean {
  return file.endsWith('.mdx') && !file.startsWith('.');
}

/** Reads one article into the store, unless the store holds it unchanged; returns nothing, throws on a bad file. */
async function syncArticle(context: LoaderContext, folder: string, file: string, ids: ArticleIds): Promise<void> {
  const { config, store, parseData, renderMarkdown, generateDigest } = context;
  const filePath = path.join(folder, file);
  const relativePath = path.relative(fileURLToPath(config.root), filePath).split(path.sep).join('/');
  const contents = await readFile(filePath, 'utf8');
  const digest = generateDigest(contents);
  const { frontmatter, content } = parseArticle(contents, relativePath);
  const id = typeof frontmatter.slug === 'string' && frontmatter.slug !== '' ? frontmatter.slug : file.slice(0, -'.mdx'.length);
  try {
    const stale = ids.claim(file, id);
    if (stale !== undefined) store.delete(stale);
  } catch (error) {
    if (!(error instanceof SlugClaimedTwice)) throw error;
    throw new Error(`${relativePath}: error: ${error.message} (give each article its own "slug:")`);
  }
  const existing = store.get(id);
  if (existing?.digest === digest && existing.filePath === relativePath && existing.rendered) return;
  const mdxOnly = findMdxOnlySyntax(content);
  if (mdxOnly) {
    const { line, column, reason, hint } = mdxOnly;
    throw new Error(`${relativePath}:${line}:${column}: error: ${reason}; articles are rendered as Markdown and may not use JSX, expressions or imports (${hint})`);
  }
  const data = await parseData({ id, data: frontmatter, filePath });
  // Untrimmed: the leading blank lines are nothing to Markdown, and a body that opened with
  // `---` once trimmed would be read as front matter again.
  const rendered = await renderMarkdown(content);
  store.set({ id, data, filePath: relativePath, digest, rendered });
}

/** Front matter and body; the body keeps one blank line per front-matter line, so that its line numbers are the file's. */
function parseArticle(contents: string, relativePath: string): { frontmatter: Record<string, unknown>; content: string } {
  try {
    return parseFrontmatter(contents, { frontmatter: 'empty-with-lines' });
  } catch (cause) {
    throw new Error(`${relativePath}: error: the front matter is not valid YAML: ${(cause as Error).message}`, { cause });
  }
}

/** In development, keeps the store in step with the folder: a bad file is reported and the server goes on. */
function watchArticles(context: LoaderContext, folder: string, ids: ArticleIds, sync: (file: string) => Promise<void>): void {
  const { watcher, logger, store } = context;
  if (!watcher) return;
  watcher.add(folder);
  const fileIn = (changed: string) => (path.dirname(changed) === folder && isArticleFile(path.basename(changed)) ? path.basename(changed) : undefined);
  const onChange = async (changed: string) => {
    const file = fileIn(changed);
    if (!file) return;
    try {
      await sync(file);
      logger.info(`Reloaded ${file}`);
    } catch (error) {
      logger.error((error as Error).message);
    }
  };
  watcher.on('add', onChange);
  watcher.on('change', onChange);
  watcher.on('unlink', (removed: string) => {
    const file = fileIn(removed);
    const id = file && ids.release(file);
    if (id) store.delete(id);
  });
}
