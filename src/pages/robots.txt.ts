import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/absolute-url.ts';
import { site } from '../site.config.ts';

/** Every page may be crawled; the sitemap index (written by @astrojs/sitemap) lists them. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site.url)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
