// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { markdownProcessor } from './src/content/markdown-processor.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { seedWatcher } from './src/integrations/seed-watcher.ts';
import { site } from './src/site.config.ts';
import { absoluteUrl } from './src/lib/absolute-url.ts';

// A build of another article folder (tests, benchmarks) keeps a content cache of its own,
// so that its entries never mix with the project's in Astro's content store.
const articlesDir = process.env.VEILLE_ARTICLES_DIR;

export default defineConfig({
  site: site.url,
  cacheDir: articlesDir ? `${articlesDir}/../.astro-cache` : undefined,
  trailingSlash: 'always',
  // Two pages at a time: while one waits on the disk or on Pagefind, the other renders
  // (measured at 5,000 articles: page generation 64 s → 57 s; more pages gain nothing).
  build: { format: 'directory', concurrency: 2 },
  devToolbar: { enabled: false },
  markdown: { processor: markdownProcessor },
  integrations: [
    seedWatcher(),
    mdx(),
    // The sitemap follows Astro's `base`, which this site does not set (its links are
    // relative): place each address under the path of the site URL instead.
    sitemap({ serialize: (item) => ({ ...item, url: absoluteUrl(new URL(item.url).pathname, site.url) }) }),
    pagefindIndex(),
  ],
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro's own MDX modules start with a "use astro:head-inject" directive that the
          // bundler reports once per hand-written page; it is expected and says nothing about our code.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
