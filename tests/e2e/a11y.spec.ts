import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SearchPage } from './pages/SearchPage.ts';
import { SitePage } from './pages/SitePage.ts';

/** The WCAG 2.1 A and AA rules: every violation fails, whatever its impact. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One page of each kind the site has; `prepare` brings it to the state that is checked. */
const PAGES: { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'accueil', path: '/' },
  { name: 'article', path: '/articles/004-5a753ca10db2e016/' },
  { name: 'archives', path: '/archives/' },
  { name: 'année', path: '/archives/2024/' },
  { name: 'mois', path: '/archives/2024/06/' },
  { name: 'chronologie', path: '/chronologie/' },
  { name: 'chronologie, page suivante', path: '/chronologie/2/' },
  { name: 'index des personnes', path: '/personnes/' },
  { name: 'index des lieux', path: '/lieux/' },
  { name: 'index des organisations', path: '/organisations/' },
  { name: 'index des sujets', path: '/sujets/' },
  { name: 'index des lieux, une initiale', path: '/lieux/lettre-i/' },
  { name: 'personne', path: '/personnes/lloyd-austin/' },
  { name: 'lieu', path: '/lieux/jordanie/' },
  { name: 'lieu, page 2', path: '/lieux/israel/2/' },
  { name: 'organisation', path: '/organisations/hamas/' },
  { name: 'sujet', path: '/sujets/guerre-a-gaza/' },
  {
    name: 'résultats avec filtres ouverts',
    path: '/recherche/?q=israel',
    prepare: async (page) => {
      const search = new SearchPage(page);
      await search.settled();
      await expect(search.results.first()).toBeVisible();
      await search.filters.evaluate((details) => details.setAttribute('open', ''));
      await expect(search.facet('Lieux')).toBeVisible();
    },
  },
  {
    name: 'recherche de l’en-tête ouverte',
    path: '/archives/',
    prepare: async (page) => {
      const site = new SitePage(page);
      await site.typeSearch('israel');
      await expect(site.searchOptions().first()).toBeVisible();
    },
  },
  { name: 'page introuvable', path: '/cette-page-n-existe-pas/' },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test.describe(`accessibility, ${colorScheme} theme, ${width} px`, () => {
      test.use({ colorScheme, viewport: { width, height: 800 } });

      for (const { name, path, prepare } of PAGES) {
        test(`${name} (${path}) has no WCAG 2.1 AA violation`, async ({ page }) => {
          await page.goto(path);
          // The site follows the system's theme: the checked colours are the ones of that theme.
          expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(colorScheme);
          await prepare?.(page);
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          expect(violations.map(describe)).toEqual([]);
        });
      }
    });
  }
}

/** A violation, readable in a test report: rule, impact and the first offending nodes. */
function describe(violation: { id: string; impact?: string | null; help: string; nodes: { target: unknown; failureSummary?: string }[] }) {
  return {
    rule: `${violation.id} (${violation.impact}): ${violation.help}`,
    nodes: violation.nodes.slice(0, 5).map((node) => `${JSON.stringify(node.target)} — ${node.failureSummary ?? ''}`),
  };
}

test('with reduced motion asked for, nothing on the page moves, the search panel and menu included', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 360, height: 800 });
  const site = new SitePage(page);
  await site.goto('/articles/004-5a753ca10db2e016/');
  await page.getByRole('button', { name: 'Navigation' }).click();
  await site.typeSearch('Israël');
  await expect(site.searchOptions().first()).toBeVisible();
  const moving = await page.evaluate(() =>
    Array.from(document.querySelectorAll('*'))
      .filter((element) => {
        const style = getComputedStyle(element);
        const seconds = (durations: string) => Math.max(...durations.split(',').map((duration) => parseFloat(duration) || 0));
        return style.scrollBehavior === 'smooth' || seconds(style.transitionDuration) > 0 || style.animationName !== 'none';
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );
  expect(moving).toEqual([]);

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});
