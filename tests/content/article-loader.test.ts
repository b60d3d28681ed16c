import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { convertFolder } from '../../scripts/convert-folder.ts';
import { articleLoader } from '../../src/content/article-loader.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { renderMarkdown } from '../helpers/render-markdown.ts';
import { renderMdx } from '../helpers/render-mdx.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string | number;
  rendered?: { html: string };
}

// The project's own seeds, converted once: real articles, as `npm run convert` writes them.
let converted: string;
beforeAll(async () => {
  converted = mkdtempSync(path.join(tmpdir(), 'veille-loader-articles-'));
  const result = await convertFolder({ root: ROOT, seedsDir: path.join(ROOT, 'seeds'), outDir: converted, cache: false });
  if (!result.ok) throw new Error(result.messages.join('\n'));
});
afterAll(() => rmSync(converted, { recursive: true, force: true }));

let root: string;
let folder: string;
let rendered: number;
let store: Map<string, StoredEntry>;
let warnings: string[];

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'veille-loader-'));
  folder = path.join(root, 'articles');
  cpSync(converted, folder, { recursive: true });
  store = new Map();
  rendered = 0;
  warnings = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A load over `folder` with a store that outlives it, the real schema and the site's Markdown processor. */
function load(): Promise<void> {
  const context = {
    collection: 'articles',
    config: { root: pathToFileURL(`${root}/`) },
    logger: { warn: (message: string) => warnings.push(message) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: StoredEntry) => store.set(entry.id, entry) && true,
      delete: (id: string) => store.delete(id),
      keys: () => [...store.keys()],
    },
    parseData: ({ data }: { data: unknown }) => articleSchema.parseAsync(data),
    renderMarkdown: async (content: string) => {
      rendered++;
      return { html: (await renderMarkdown(content)).html, metadata: {} };
    },
    generateDigest: (data: string) => createHash('sha256').update(data).digest('hex'),
  };
  return articleLoader({ base: 'articles' }).load(context as unknown as LoaderContext);
}

const files = () => readdirSync(folder).filter((file) => file.endsWith('.mdx'));
const slugOf = (file: string) => /^slug: "(.*)"$/m.exec(readFileSync(path.join(folder, file), 'utf8'))![1];

describe('articleLoader', () => {
  it('loads every article under its slug, its data validated and its body rendered as MDX renders it', async () => {
    await load();
    expect([...store.keys()].sort()).toEqual(files().map(slugOf).sort());
    for (const file of files()) {
      const contents = readFileSync(path.join(folder, file), 'utf8');
      const entry = store.get(slugOf(file))!;
      expect(entry.filePath).toBe(`articles/${file}`);
      expect(entry.data.title).toBe(/^title: "(.*)"$/m.exec(contents)![1].replaceAll('\\"', '"'));
      const body = contents.slice(contents.indexOf('\n---\n') + 5);
      const html = entry.rendered!.html;
      expect(html).toMatch(/^<p>/);
      expect(html).not.toMatch(/<(?!\/?p>)/);
      expect(words((await renderMarkdown(body)).text)).toEqual(words((await renderMdx(body)).text));
    }
  });

  it('renders again only the articles whose file changed, and forgets deleted ones', async () => {
    await load();
    expect(rendered).toBe(files().length);
    const [changed, deleted] = files();
    writeFileSync(path.join(folder, changed), `${readFileSync(path.join(folder, changed), 'utf8')}\nUn paragraphe ajouté.\n`);
    const deletedSlug = slugOf(deleted);
    rmSync(path.join(folder, deleted));
    await load();
    expect(rendered).toBe(files().length + 2);
    expect(store.get(slugOf(changed))!.rendered!.html).toContain('<p>Un paragraphe ajouté.</p>');
    expect(store.has(deletedSlug)).toBe(false);
  });

  it('loads nothing, with a warning, when no article was converted yet', async () => {
    await load();
    rmSync(folder, { recursive: true });
    await load();
    expect(store.size).toBe(0);
    expect(warnings).toEqual([`no article folder at ${folder}: run npm run convert`]);
  });

  it('refuses an article using JSX, naming its file, line and column', async () => {
    const [file] = files();
    const contents = readFileSync(path.join(folder, file), 'utf8');
    writeFileSync(path.join(folder, file), `${contents}\nUn <Composant /> ici.\n`);
    const line = `${contents}\n`.split('\n').length;
    await expect(load()).rejects.toThrow(`articles/${file}:${line}:4: error: "<" opens a JSX tag or HTML`);
  });

  it('refuses two articles with one slug, naming both', async () => {
    const [first, second] = files();
    const contents = readFileSync(path.join(folder, second), 'utf8').replace(/^slug: ".*"$/m, `slug: "${slugOf(first)}"`);
    writeFileSync(path.join(folder, second), contents);
    await expect(load()).rejects.toThrow(new RegExp(`articles/(${first}|${second}): error: slug "${slugOf(first)}" is also the slug of (${first}|${second})`));
  });

  it('refuses front matter that is not YAML, naming the file', async () => {
    const [file] = files();
    writeFileSync(path.join(folder, file), '---\ntitle: "non fermé\n---\n\nTexte.\n');
    await expect(load()).rejects.toThrow(`articles/${file}: error: the front matter is not valid YAML`);
  });
});

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}
