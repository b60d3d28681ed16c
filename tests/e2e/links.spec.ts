import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { SearchPage } from './pages/SearchPage.ts';
import { SitePage } from './pages/SitePage.ts';
import { E2E_SITE } from './support/site-build.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { seedFacts } from './support/seeds.ts';

const JUNE_2024 = seedFacts('seeds/004_5a753ca10db2e016.txt');
const ADDRESS = /\s(?:href|src|action)="([^"]*)"/g;
const EXTERNAL = /^(?:[a-z]+:|#|\/\/)/i;

/** Every page of the built site, relative to it; 404.html, sent for missing addresses at any depth, apart. */
function pages(): string[] {
  return (readdirSync(E2E_SITE, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/') && file !== '404.html');
}

function addresses(html: string): string[] {
  return [...html.matchAll(ADDRESS)].map((match) => match[1].replace(/&amp;/g, '&')).filter((address) => address !== '');
}

test('from disk, every href and src of every page names a file inside the site folder', () => {
  const checked = pages();
  expect(checked.length).toBeGreaterThan(20);
  const broken: string[] = [];
  for (const page of checked) {
    for (const address of addresses(readFileSync(path.join(E2E_SITE, page), 'utf8'))) {
      if (EXTERNAL.test(address)) continue;
      const target = path.resolve(path.dirname(path.join(E2E_SITE, page)), decodeURIComponent(address.replace(/[?#].*$/, '')));
      const inside = target.startsWith(`${E2E_SITE}${path.sep}`);
      if (!inside || !existsSync(target) || !statSync(target).isFile()) broken.push(`${page}: ${address}`);
    }
  }
  expect(broken).toEqual([]);
});

test.describe('served under a sub-path (/archive/)', () => {
  let server: StaticServer;
  test.beforeAll(async () => {
    server = await startStaticServer(E2E_SITE, '/archive/');
  });
  test.afterAll(() => server.close());

  test('every link of every page answers 200 and stays under the sub-path', async ({ request }) => {
    const seen = new Map<string, number>();
    const broken: string[] = [];
    for (const page of pages()) {
      const pageUrl = new URL(page, server.url);
      const html = await (await request.get(pageUrl.href)).text();
      for (const address of addresses(html)) {
        const url = new URL(address, pageUrl);
        if (url.origin !== pageUrl.origin || url.protocol === 'data:') continue;
        url.hash = '';
        if (!url.pathname.startsWith('/archive/')) broken.push(`${page}: ${address} leaves the sub-path`);
        if (!seen.has(url.href)) seen.set(url.href, (await request.get(url.href)).status());
        if (seen.get(url.href) !== 200) broken.push(`${page}: ${address} → ${seen.get(url.href)}`);
      }
    }
    expect(seen.size).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });

  test('navigation and search work there unchanged', async ({ page }) => {
    const site = new SitePage(page);
    await page.goto(server.url);
    await site.main.getByRole('link', { name: JUNE_2024.title }).click();
    await expect(page).toHaveURL(`${server.url}articles/${JUNE_2024.slug}/index.html`);
    await site.typeSearch('Kochavi');
    await expect(site.searchOptions()).toHaveCount(1);
    await page.keyboard.press('Enter');
    const results = new SearchPage(page);
    await results.settled();
    await expect(page).toHaveURL(new RegExp(`^${server.url}recherche/(index\\.html)?\\?q=Kochavi$`));
    await expect(results.results).toHaveCount(1);
  });
});
