// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { site } from './src/site.config.ts';

// A build of another article folder (tests, benchmarks) keeps a content cache of its own,
// so that its entries never mix with the project's in Astro's content store.
const articlesDir = process.env.VEILLE_ARTICLES_DIR;

export default defineConfig({
  site: site.url,
  cacheDir: articlesDir ? `${articlesDir}/../.astro-cache` : undefined,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    // The converter escapes every article into literal paragraphs, so Markdown features
    // must not re-interpret the text: no GFM autolinks or strikethrough, and no smart
    // punctuation rewriting what the source wrote (`'` → `’`, `---` → `—`).
    processor: satteri({ features: { gfm: false, smartPunctuation: false } }),
  },
  integrations: [mdx(), pagefindIndex()],
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro's own MDX modules start with a "use astro:head-inject" directive that the
          // bundler reports once per article; it is expected and says nothing about our code.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
