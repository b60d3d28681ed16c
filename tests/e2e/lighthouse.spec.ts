import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './support/chromium.ts';
import { seedFacts } from './support/seeds.ts';

/** The four scores the gate holds, each at least this (Lighthouse scores run from 0 to 1). */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MINIMUM = 0.95;
/**
 * Runs per page, of which the median counts: a single run's performance score moves with the
 * machine's load, and the median of three is what Lighthouse's own CI tooling uses by default.
 */
const RUNS = 3;

type Scores = Record<(typeof CATEGORIES)[number], number>;
/** One Lighthouse run: its scores, and the audits that cost points. */
interface Run {
  scores: Scores;
  findings: string[];
}

const pages = [
  { name: 'home page', path: '' },
  { name: 'article', path: seedFacts('seeds/004_5a753ca10db2e016.txt').url.slice(1) },
];

// Lighthouse needs the machine to itself to measure fairly: these run one at a time, in their own
// project, once every other end-to-end test has finished (see playwright.config.ts).
test.describe.configure({ mode: 'serial' });

let chrome: chromeLauncher.LaunchedChrome;

test.beforeAll(async () => {
  // Lighthouse drives a browser of its own through the DevTools protocol: Debian's Chromium, headless.
  chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
});

test.afterAll(async () => {
  chrome?.kill();
});

/** Scores a page with Lighthouse's default settings: a mid-range phone on a slow 4G network, simulated. */
async function score(url: string): Promise<Run> {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? 0])) as Scores;
  // The audits that cost points, so that a failing gate says what to fix.
  const findings = Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode))
    .map((audit) => `${audit.id} ${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  return { scores, findings };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

for (const { name, path } of pages) {
  test(`Lighthouse scores the ${name} at least ${MINIMUM} in each category`, async ({ baseURL }) => {
    test.setTimeout(180_000);
    const url = new URL(path, baseURL).href;
    const runs: Run[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await score(url));
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((run) => run.scores[id]))])) as Scores;

    const line = CATEGORIES.map((id) => `${id} ${scores[id].toFixed(2)}`).join(', ');
    console.log(`Lighthouse, ${name} (median of ${RUNS}): ${line}`);
    test.info().annotations.push({ type: `Lighthouse scores, ${name}`, description: line });
    const findings = [...new Set(runs.flatMap((run) => run.findings))];
    for (const id of CATEGORIES) {
      expect(scores[id], `${id} of the ${name}; audits below 1: ${findings.join('; ')}`).toBeGreaterThanOrEqual(MINIMUM);
    }
  });
}
