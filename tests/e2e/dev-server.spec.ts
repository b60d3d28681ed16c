import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './support/site-build.ts';
import { EntityIndexPage, initialLabels, jumpOrder } from './pages/EntityIndexPage.ts';
import { convertSeeds } from '../../src/convert/convert-seeds.ts';
import { KIND_INFO, ENTITY_KINDS, type EntityKind } from '../../src/lib/entity-kinds.ts';
import { initialOf } from '../../src/lib/initial-groups.ts';
import { compareNames } from '../../src/lib/entity-slugs.ts';
import { site } from '../../src/site.config.ts';

// Names per index page on this server: one, so that the project's two seeds give an index by
// initial with an initial of several pages, and indexes of one name on their own page.
const INDEX_PAGE_SIZE = 1;
// Two seeds more, whose headers give a topic that does not start with a letter from A to Z,
// so that an index has the pages of the other initials, and one whose address starts as a
// page by initial's does (`/sujets/lettre-ouverte/`, beside `/sujets/lettre-l/`).
const OTHER_INITIAL_TOPIC = '11-Septembre';
const LETTER_LIKE_TOPIC = 'Lettre ouverte';
const OTHER_INITIAL_SEEDS = ['900_commemoration.txt', '901_memoire.txt'];
// One server for the file's tests, which run in turn: the last edits the seeds.
test.describe.configure({ mode: 'default' });

let server: ChildProcess;
let seeds: string;
let log = '';
let address = '';

// The development server, as an editor runs it, on a copy of the seeds.
test.beforeAll(async () => {
  test.setTimeout(90_000);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'veille-dev-'));
  seeds = path.join(folder, 'seeds');
  await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  for (const [index, name] of OTHER_INITIAL_SEEDS.entries()) {
    const text = `title: Commémoration ${index + 1}\ndate: 2021-09\ntopics: ${OTHER_INITIAL_TOPIC}; région; ${LETTER_LIKE_TOPIC}\n\nUne cérémonie a eu lieu.\n`;
    await writeFile(path.join(seeds, name), text);
  }
  server = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '4390', '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: {
      ...process.env,
      SEEDS_DIR: seeds,
      VEILLE_ARTICLES_DIR: path.join(folder, 'articles'),
      VEILLE_INDEX_PAGE_SIZE: String(INDEX_PAGE_SIZE),
      ASTRO_DEV_BACKGROUND: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  // Astro takes the next free port when 4390 is taken: read the address it prints.
  await expect.poll(() => log, { timeout: 60_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\//);
  address = /http:\/\/127\.0\.0\.1:\d+\//.exec(log)![0];
});
test.afterAll(() => {
  server?.kill();
});

/** The names of each kind that have a page, from the project's seeds as the converter reads them. */
function namesWithPage(): Record<EntityKind, string[]> {
  const files = readdirSync(seeds).filter((name) => name.endsWith('.txt'));
  const { seeds: converted } = convertSeeds(files.map((name) => ({ path: `seeds/${name}`, bytes: readFileSync(path.join(seeds, name)) })));
  const names = {} as Record<EntityKind, string[]>;
  for (const kind of ENTITY_KINDS) {
    const counts = new Map<string, number>();
    for (const { article } of converted) for (const name of new Set(article!.data[kind])) counts.set(name, (counts.get(name) ?? 0) + 1);
    names[kind] = [...counts].filter(([, count]) => count >= site.entityPageMinArticles).map(([name]) => name);
  }
  return names;
}

test('an index lists its names on its own page while they fit, and by initial beyond, on pages of its page size', async ({ page }) => {
  test.setTimeout(90_000);
  const names = namesWithPage();
  const few = ENTITY_KINDS.find((kind) => names[kind].length > 0 && names[kind].length <= INDEX_PAGE_SIZE);
  const many = ENTITY_KINDS.filter((kind) => names[kind].length > INDEX_PAGE_SIZE);
  expect(few, 'the seeds give an index of few names').toBeDefined();
  expect(names.topics, 'the seeds give a name of another initial').toContain(OTHER_INITIAL_TOPIC);
  expect(many, 'and the topics are an index by initial').toContain('topics');
  const index = new EntityIndexPage(page);
  // Assertions that retry: the server may reload the page once it has converted the seeds.
  const listed = index.main.locator('.entity-list li a');

  await page.goto(`${address}${KIND_INFO[few!].segment}/`);
  await expect(listed).toHaveText([...names[few!]].sort(compareNames));
  const headings = [...new Set(names[few!].map(initialOf))].sort(jumpOrder).map((letter) => (letter === '#' ? 'Autres' : letter));
  await expect(index.main.locator('.entity-group h2')).toHaveText(headings);

  let longest = 0;
  for (const kind of many) {
    const { segment, title } = KIND_INFO[kind];
    const letters = [...new Set(names[kind].map(initialOf))].sort(jumpOrder);
    for (const letter of letters) {
      await page.goto(`${address}${segment}/`);
      await expect(index.jumpList.getByRole('link')).toHaveText(letters);
      await index.jumpList.getByRole('link', { name: initialLabels(letter).link, exact: true }).click();
      await expect(page).toHaveURL(`${address}${segment}/lettre-${letter === '#' ? 'autres' : letter.toLowerCase()}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title}, ${initialLabels(letter).heading}`);
      await expect(index.breadcrumbs.getByRole('listitem')).toHaveText(['Accueil', title, initialLabels(letter).crumb]);
      // The initial's names in index order, a page of INDEX_PAGE_SIZE after the other.
      const ofLetter = names[kind].filter((name) => initialOf(name) === letter).sort(compareNames);
      const pages = Array.from({ length: Math.ceil(ofLetter.length / INDEX_PAGE_SIZE) }, (_, n) =>
        ofLetter.slice(n * INDEX_PAGE_SIZE, (n + 1) * INDEX_PAGE_SIZE),
      );
      for (const [n, names] of pages.entries()) {
        if (n > 0) await index.main.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page suivante' }).click();
        await expect(listed).toHaveText(names);
      }
      await expect(index.main.getByRole('link', { name: 'Page suivante' })).toHaveCount(0);
      longest = Math.max(longest, pages.length);
    }
  }
  expect(longest, 'an initial of several pages').toBeGreaterThan(1);
});

test('a name whose address starts like the pages by initial (« Lettre ouverte », /sujets/lettre-ouverte/) has its own page there', async ({ page }) => {
  expect(namesWithPage().topics).toContain(LETTER_LIKE_TOPIC);
  await page.goto(`${address}sujets/lettre-ouverte/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LETTER_LIKE_TOPIC);
  await expect(new EntityIndexPage(page).breadcrumbs.getByRole('listitem')).toHaveText(['Accueil', 'Sujets', LETTER_LIKE_TOPIC]);
});

test('saving a seed updates the open page, and a broken seed is reported without stopping the server', async ({ page }) => {
  test.setTimeout(90_000);
  const seed = path.join(seeds, '000_1a0fa30b9826f976.txt');
  await page.goto(`${address}articles/000-1a0fa30b9826f976/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Les principaux dirigeants');

  const saved = Date.now();
  await writeFile(seed, `title: Titre changé pendant la lecture\n${await readFile(seed, 'utf8')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Titre changé pendant la lecture', { timeout: 15_000 });
  test.info().annotations.push({ type: 'update latency', description: `${Date.now() - saved} ms` });

  await writeFile(path.join(seeds, 'casse.txt'), 'date 2024-13 Une date impossible.\n');
  await expect.poll(() => log, { timeout: 15_000 }).toContain('casse.txt:1: error: impossible or malformed date "2024-13"');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Titre changé pendant la lecture');
  expect(server.exitCode).toBeNull();
});
