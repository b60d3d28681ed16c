// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
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
});
