import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

/** A running static server and its address. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 as a plain static host does: `dir/` serves
 * `dir/index.html`, an unknown address answers 404 with the site's 404.html.
 * `prefix` mounts the site under a sub-path (`/archive/`).
 */
export async function startStaticServer(siteDir: string, prefix = '/'): Promise<StaticServer> {
  const serve = sirv(siteDir, { dev: true, etag: false });
  const notFound = await readFile(path.join(siteDir, '404.html')).catch(() => Buffer.from('Not found'));
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(prefix)) return sendNotFound();
    request.url = `/${url.slice(prefix.length)}`;
    serve(request, response, sendNotFound);

    function sendNotFound() {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFound);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
