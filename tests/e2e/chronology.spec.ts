import { expect, test } from '@playwright/test';
import { TimelinePage, type TimelineGroup } from './pages/TimelinePage.ts';
import { plain } from './pages/EntityPage.ts';
import { e2eCorpus, type CorpusArticle } from './support/corpus.ts';
import { E2E_PAGE_SIZE } from './support/site-build.ts';
import { parsePartialDate } from '../../src/lib/partial-date.ts';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const count = (n: number) => `${n} article${n > 1 ? 's' : ''}`;

/** The timeline the corpus calls for: years newest first, their months newest first (month unknown last), undated at the end. */
function expectedTimeline(): TimelineGroup[] {
  const byYear = new Map<number, CorpusArticle[]>();
  const undated: CorpusArticle[] = [];
  for (const article of e2eCorpus()) {
    const date = article.date ? parsePartialDate(article.date) : undefined;
    if (!date) undated.push(article);
    else byYear.set(date.year, [...(byYear.get(date.year) ?? []), article]);
  }
  const groups: TimelineGroup[] = [...byYear].sort(([a], [b]) => b - a).map(([year, articles]) => {
    const month = (a: CorpusArticle) => parsePartialDate(a.date!)!.month ?? 0;
    const months = [...new Set(articles.map(month))].sort((a, b) => (a === 0 ? 1 : b === 0 ? -1 : b - a));
    return {
      heading: `${year} ${count(articles.length)}`,
      months: months.map((m) => {
        const items = articles.filter((a) => month(a) === m);
        const label = m === 0 ? 'Mois inconnu' : `${MONTHS[m - 1][0].toUpperCase()}${MONTHS[m - 1].slice(1)} ${year}`;
        return { heading: `${label} ${count(items.length)}`, titles: items.map((a) => plain(a.title)) };
      }),
    };
  });
  if (undated.length > 0) {
    groups.push({ heading: `Sans date ${count(undated.length)}`, months: [{ heading: undefined, titles: undated.map((a) => plain(a.title)) }] });
  }
  return groups;
}

/** The timeline of every page as one: a year or month cut by a page break is joined again. */
function joinPages(pages: TimelineGroup[][]): TimelineGroup[] {
  const joined: TimelineGroup[] = [];
  for (const group of pages.flat()) {
    const previous = joined.at(-1);
    if (previous?.heading !== group.heading) {
      joined.push({ heading: group.heading, months: group.months.map((month) => ({ ...month, titles: [...month.titles] })) });
      continue;
    }
    for (const month of group.months) {
      const last = previous.months.at(-1);
      if (last && last.heading === month.heading) last.titles.push(...month.titles);
      else previous.months.push({ ...month, titles: [...month.titles] });
    }
  }
  return joined;
}

test('the « Années » links open the page where each year starts', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.goto('/chronologie/');
  const jumps = page.getByRole('navigation', { name: 'Années' }).getByRole('link');
  const labels = await jumps.allInnerTexts();
  expect(labels.at(-1)).toBe('Sans date');
  for (const label of labels) {
    await timeline.goto('/chronologie/');
    await jumps.getByText(label, { exact: true }).click();
    const id = label === 'Sans date' ? 'chrono-sans-date' : `chrono-${label}`;
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  }
});

test('/chronologie/ groups the articles by year and month, newest first, undated last', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.goto('/chronologie/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chronologie');
  await expect(timeline.breadcrumbs.getByRole('listitem')).toHaveText(['Accueil', 'Chronologie']);
  const pages = await timeline.acrossPages(async () => [await timeline.groups()]);
  expect(pages.length).toBe(Math.ceil(e2eCorpus().length / E2E_PAGE_SIZE));
  for (const groupsOnPage of pages) expect(groupsOnPage.flatMap((group) => group.months.flatMap((month) => month.titles)).length).toBeLessThanOrEqual(E2E_PAGE_SIZE);
  const groups = joinPages(pages);
  const titles = (list: TimelineGroup[]) => list.flatMap((group) => group.months.flatMap((month) => month.titles));
  expect(new Set(titles(groups)).size).toBe(e2eCorpus().length);
  expect(groups).toEqual(expectedTimeline());
});

test('the header leads to the timeline and to each index', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.goto('/');
  const sections = page.getByRole('navigation', { name: 'Sections' });
  for (const label of ['Chronologie', 'Personnes', 'Lieux', 'Organisations', 'Sujets']) {
    await sections.getByRole('link', { name: label }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
    await expect(sections.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
  }
});
