import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** Project root. */
export const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Where the end-to-end site is built, away from the project's own content/ and dist/. */
export const E2E_DIR = path.join(ROOT, 'node_modules', '.cache', 'veille-e2e');
/** The built site under test. */
export const E2E_SITE = path.join(E2E_DIR, 'dist');
/**
 * Articles per listing page in the site under test: small, so that the few test articles
 * spread over several pages and every paginated listing is exercised.
 */
export const E2E_PAGE_SIZE = 3;
/**
 * Names per index page in the site under test: three, so that the fixtures give indexes of
 * both forms, every name on the index's own page (people, sources) and by initial (places,
 * organisations, topics). The development server's test sees an initial of several pages.
 */
export const E2E_INDEX_PAGE_SIZE = 3;
/** Seeds of the site under test: the project's real seeds plus the end-to-end fixtures. */
export const E2E_SEEDS = path.join(E2E_DIR, 'seeds');

/**
 * Builds the real site, exactly as `npm run build` does (convert, Astro, Pagefind), from
 * the project's seeds and tests/fixtures/e2e-seeds, into a folder of its own.
 */
export async function buildE2eSite(): Promise<void> {
  await rm(E2E_DIR, { recursive: true, force: true });
  await mkdir(E2E_SEEDS, { recursive: true });
  for (const folder of ['seeds', 'tests/fixtures/e2e-seeds']) {
    for (const name of await readdir(path.join(ROOT, folder))) {
      if (name.endsWith('.txt')) await cp(path.join(ROOT, folder, name), path.join(E2E_SEEDS, name));
    }
  }
  const articles = path.join(E2E_DIR, 'articles');
  const run = (args: string[]) =>
    execFileSync(process.execPath, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, VEILLE_ARTICLES_DIR: articles, VEILLE_PAGE_SIZE: String(E2E_PAGE_SIZE), VEILLE_INDEX_PAGE_SIZE: String(E2E_INDEX_PAGE_SIZE), ASTRO_TELEMETRY_DISABLED: '1' },
    });
  run(['scripts/convert.ts', '--seeds', E2E_SEEDS, '--out', articles]);
  run([path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', E2E_SITE]);
}
