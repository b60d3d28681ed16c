import type { PaginateFunction } from 'astro';
import { groupStarts } from './archive.ts';
import { loadCorpus } from './articles.ts';
import { site } from '../site.config.ts';
import { monthSegment } from './urls.ts';

/** Every month's articles (and each year's year-only articles) in pages: `/archives/2024/06/`, `/archives/2024/06/2/`. */
export async function monthPaths(paginate: PaginateFunction) {
  const { archive } = await loadCorpus();
  return archive.years.flatMap((year) =>
    year.months.flatMap((group) =>
      paginate(group.items, { params: { year: String(year.year), month: monthSegment(group.month) }, props: { group }, pageSize: site.pageSize }),
    ),
  );
}

/** The undated articles in pages: `/archives/sans-date/`, `/archives/sans-date/2/`. */
export async function undatedPaths(paginate: PaginateFunction) {
  const { archive } = await loadCorpus();
  return paginate(archive.undated, { pageSize: site.pageSize });
}

/** The whole archive, newest first, in pages for the timeline: `/chronologie/`, `/chronologie/2/`. */
export async function timelinePaths(paginate: PaginateFunction) {
  const { articles, archive } = await loadCorpus();
  return paginate(articles, { pageSize: site.pageSize, props: { archive, starts: groupStarts(archive, site.pageSize) } });
}
