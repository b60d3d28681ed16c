import { chromium, type Request } from '@playwright/test';
// Chromium as the end-to-end tests launch it, and the same static server.
import { CHROMIUM, CHROMIUM_FLAGS } from '../../tests/e2e/support/chromium.ts';
import { startStaticServer } from '../../tests/e2e/support/static-server.ts';

/** One query typed into the header's search box. */
export interface QueryFigures {
  query: string;
  /** From the last keystroke to the first result shown, typing pause included. */
  ms: number;
  /** Bytes received for the search bundle (`/pagefind/…`) during the query, headers included. */
  bytes: number;
  requests: number;
}

/** The warm-up query (which also loads Pagefind itself) and the measured ones. */
export interface SearchFigures {
  warmUp: QueryFigures;
  queries: QueryFigures[];
  medianMs: number;
  maxMs: number;
  medianBytes: number;
  maxBytes: number;
}

/** Words of the generated corpus (tests/fixtures/entities), as a reader would type them. */
export const QUERIES = ['défense', 'Israël', 'ministre', 'armée', 'armée israélienne', 'ministre des Armées', 'destinée'];
const WARM_UP = 'gouvernement';
/** Delay between keystrokes: a fast typist, so that each keystroke fires its own input event. */
const KEY_DELAY = 60;

/**
 * Serves a built site, opens its home page in Chromium and types each query into the
 * header's search box: time to the first result on screen, and what the search bundle
 * cost on the network, counting only requests started once typing began.
 */
export async function measureSearch(siteDir: string, queries = QUERIES): Promise<SearchFigures> {
  const server = await startStaticServer(siteDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    let tracked: Set<Request> | undefined;
    const pending = new Set<Request>();
    let bytes = 0;
    page.on('request', (request) => {
      if (!tracked || !new URL(request.url()).pathname.startsWith('/pagefind/')) return;
      tracked.add(request);
      pending.add(request);
    });
    const settle = async (request: Request) => {
      if (!tracked?.has(request)) return;
      const sizes = await request.sizes().catch(() => undefined);
      bytes += sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
      pending.delete(request);
    };
    page.on('requestfinished', (request) => void settle(request));
    page.on('requestfailed', (request) => void settle(request));

    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.evaluate(instrumentSearchBox);
    const box = page.locator('#recherche-entete');

    const measure = async (query: string): Promise<QueryFigures> => {
      tracked = new Set();
      bytes = 0;
      await page.evaluate((expected) => (window.__bench = { expected, lastInput: 0, shown: 0 }), query);
      await box.pressSequentially(query, { delay: KEY_DELAY });
      await page.waitForFunction(() => window.__bench!.shown > 0, null, { timeout: 60_000 });
      const { lastInput, shown } = await page.evaluate(() => window.__bench!);
      // The results are on screen once their fragments arrived; wait for the reports of
      // the last requests before adding them up.
      while (pending.size > 0) await page.waitForTimeout(20);
      const figures = { query, ms: shown - lastInput, bytes, requests: tracked.size };
      tracked = undefined;
      await box.fill('');
      return figures;
    };

    const warmUp = await measure(WARM_UP);
    const measured: QueryFigures[] = [];
    for (const query of queries) measured.push(await measure(query));
    const ms = measured.map((q) => q.ms);
    const sizes = measured.map((q) => q.bytes);
    return { warmUp, queries: measured, medianMs: median(ms), maxMs: Math.max(...ms), medianBytes: median(sizes), maxBytes: Math.max(...sizes) };
  } finally {
    await browser.close();
    await server.close();
  }
}

declare global {
  interface Window {
    __bench?: { expected: string; lastInput: number; shown: number };
  }
}

/**
 * Runs in the page: notes the time of every keystroke in the search box, and the time the
 * first result for the expected query is shown. The search box fills its list and opens
 * its panel in one task; the mutation is seen right after it, and the next animation
 * frame is when the browser paints it.
 */
function instrumentSearchBox(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-box]')!;
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const panel = form.querySelector<HTMLElement>('.search-box__panel')!;
  input.addEventListener('input', () => {
    if (window.__bench) window.__bench.lastInput = performance.now();
  });
  new MutationObserver(() => {
    const bench = window.__bench;
    if (!bench || bench.shown || panel.hidden || input.value.trim() !== bench.expected) return;
    if (!form.querySelector('[role="option"]')) return;
    requestAnimationFrame(() => {
      bench.shown ||= performance.now();
    });
  }).observe(form, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
