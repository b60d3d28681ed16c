import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { E2E_SITE } from './site-build.ts';

/** Copies the built site to a fresh folder elsewhere, as a reader copies it to a laptop; resolves its file:// root. */
export async function copySiteToTemporaryFolder(): Promise<{ folder: string; root: string }> {
  const folder = path.join(await mkdtemp(path.join(os.tmpdir(), 'veille-copie-')), 'archive');
  await cp(E2E_SITE, folder, { recursive: true });
  return { folder, root: `${pathToFileURL(folder).href}/` };
}
