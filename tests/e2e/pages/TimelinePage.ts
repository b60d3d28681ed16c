import { SitePage } from './SitePage.ts';

/** One heading of the timeline and what it groups. */
export interface TimelineGroup {
  heading: string;
  months: { heading?: string; titles: string[] }[];
}

/** The timeline, `/chronologie/`: years, months with counts, article titles. */
export class TimelinePage extends SitePage {
  /** The year groups in order (« Sans date » last), spaces as plain spaces. */
  async groups(): Promise<TimelineGroup[]> {
    const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ').replace(/\s+/g, ' ').trim();
    const raw = await this.main.locator('.timeline__year').evaluateAll((years) =>
      years.map((year) => ({
        heading: year.querySelector('h2')!.textContent!,
        months: Array.from(year.querySelectorAll('.timeline__month'), (month) => ({
          heading: month.querySelector('h3')?.textContent ?? undefined,
          titles: Array.from(month.querySelectorAll('li a'), (link) => link.textContent!),
        })),
      })),
    );
    return raw.map((year) => ({
      heading: plain(year.heading),
      months: year.months.map((month) => ({
        heading: month.heading === undefined ? undefined : plain(month.heading),
        titles: month.titles.map(plain),
      })),
    }));
  }
}
