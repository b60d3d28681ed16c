import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { SearchPage } from './pages/SearchPage.ts';
import { SitePage } from './pages/SitePage.ts';
import { builtPages, readBuilt } from './support/built-site.ts';
import { copySiteToTemporaryFolder } from './support/site-copy.ts';
import { seedFacts } from './support/seeds.ts';

const JUNE_2024 = seedFacts('seeds/004_5a753ca10db2e016.txt');
const POLICY = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/;

/** Records every Content-Security-Policy violation of a page: the browser's console reports and the DOM events. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const reported: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) reported.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { __violations?: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...reported, ...(await page.evaluate(() => (window as { __violations?: string[] }).__violations ?? []))];
}

/**
 * The code of the inline scripts of a page that run (not JSON-LD). Attribute values are
 * skipped whole, as a `<script>` written in an article's title appears raw inside them;
 * Astro escapes `"` everywhere else, so a quote always starts an attribute value.
 */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/"[^"]*"|<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => attributes !== undefined && !/\b(?:src=|type="application\/ld\+json")/.test(attributes))
    .map(([, , code]) => code);
}

/** Where a site path is, hosted (`/articles/x/`) or on disk (`…/articles/x/index.html`). */
type Locate = (path: string) => string;

const modes: { name: string; locate: () => Promise<Locate> }[] = [
  { name: 'hosted', locate: async () => (path) => path },
  {
    name: 'opened from disk (file://)',
    locate: async () => {
      const { root } = await copySiteToTemporaryFolder();
      return (path) => {
        const [file, query] = path.slice(1).split('?');
        return `${root}${file === '' || file.endsWith('/') ? `${file}index.html` : file}${query ? `?${query}` : ''}`;
      };
    },
  },
];

for (const mode of modes) {
  test.describe(mode.name, () => {
    let at: Locate;
    test.beforeAll(async () => {
      at = await mode.locate();
    });

    test('reading and searching break no rule of the policy', async ({ page }) => {
      const violations = await watchViolations(page);
      const site = new SitePage(page);
      const search = new SearchPage(page);

      // The hashed theme script runs: a remembered theme is applied as the page opens. It is
      // remembered before any page script runs, since from disk a value stored by one page may
      // reach the next one's storage only after that page has started.
      await page.addInitScript(() => localStorage.setItem('veille-theme', 'dark'));
      await page.goto(at('/'));
      await page.goto(at(JUNE_2024.url));
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(JUNE_2024.title);

      await page.goto(at('/recherche/?q=israel'));
      await search.settled();
      await expect(search.results.first()).toBeVisible();

      await site.typeSearch('bahrein');
      await expect(site.searchOptions().filter({ hasText: JUNE_2024.title })).toBeVisible();
      // Submitting the form without choosing opens the results page (form-action).
      await page.keyboard.press('Enter');
      await search.settled();
      await expect(search.results.filter({ hasText: JUNE_2024.title })).toBeVisible();

      expect(await violations()).toEqual([]);
    });

    test('an inline script slipped into a page does not run', async ({ page }) => {
      const violations = await watchViolations(page);
      await page.goto(at(JUNE_2024.url));
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.body.append(script);
        return (window as { __injected?: boolean }).__injected === true;
      });
      expect(ran).toBe(false);
      await expect.poll(violations).toContainEqual(expect.stringContaining('script-src'));
    });
  });
}

test('every page carries the policy, allowing no inline code but its own hashed script and no remote origin', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(0);
  for (const file of pages) {
    const html = readBuilt(file);
    const policy = POLICY.exec(html)?.[1].replaceAll('&#39;', "'");
    expect(policy, file).toBeDefined();
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|https?:|\*/);
    // Every inline script that runs is allowed by its hash; data blocks (JSON-LD) do not run.
    for (const code of inlineScripts(html)) {
      expect(policy, `${file}: inline script not allowed by its hash`).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    }
    // Inline styles would need 'unsafe-inline': the site has none. A `style=` in an
    // article's text is no attribute: it is read only inside a tag.
    expect(html, file).not.toMatch(/<style\b|<[a-z][^<>]*\sstyle=/i);
  }
});
