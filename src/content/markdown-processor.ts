import { satteri } from '@astrojs/markdown-satteri';

/**
 * The site's Markdown processor, for articles and hand-written pages alike.
 * The converter escapes every article into literal paragraphs, so Markdown features
 * must not re-interpret the text: no GFM autolinks or strikethrough, and no smart
 * punctuation rewriting what the source wrote (`'` → `’`, `---` → `—`).
 */
export const markdownProcessor = satteri({ features: { gfm: false, smartPunctuation: false } });
