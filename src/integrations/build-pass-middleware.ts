import { defineMiddleware } from 'astro:middleware';
import { currentBuildPass } from './build-pass.ts';
import { pageFile } from './page-file.ts';

/**
 * Hands each HTML page Astro renders during a build to the build pass (search index and
 * packaging for disk, see build-pass.ts) before Astro writes it, so that no page has to be
 * read back and written again once the build is done.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const pass = currentBuildPass();
  if (!pass || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const file = context.routePattern === '/404' ? '404.html' : pageFile(context.url.pathname);
  const html = await pass.page(file, await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
