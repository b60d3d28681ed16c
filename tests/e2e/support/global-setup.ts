import { buildE2eSite, E2E_SITE } from './site-build.ts';
import { startStaticServer } from './static-server.ts';

/** Builds the site once for the whole run and serves it; the workers read its address from the environment. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!process.env.E2E_SKIP_BUILD) await buildE2eSite();
  const server = await startStaticServer(E2E_SITE);
  process.env.E2E_BASE_URL = server.url;
  return () => server.close();
}
