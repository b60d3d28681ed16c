import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { convertFolder } from '../../scripts/convert-folder.ts';

/** How long to wait for an editor's save to settle before converting, in milliseconds. */
const SETTLE = 80;

/**
 * Keeps `astro dev` in step with the seeds: converts them when the server starts and again
 * whenever a seed is saved, added or deleted, so the open page updates by itself. A seed
 * with an error is reported in the terminal and in the browser's error overlay, and the
 * articles stay as they were: the server keeps running.
 */
export function seedWatcher(): AstroIntegration {
  const root = process.cwd();
  const seedsDir = path.resolve(process.env.SEEDS_DIR ?? 'seeds');
  const outDir = path.resolve(process.env.VEILLE_ARTICLES_DIR ?? path.join('content', 'articles'));
  const convert = () => convertFolder({ root, seedsDir, outDir });
  return {
    name: 'veille:seeds',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'dev') return;
        const result = await convert();
        for (const message of result.messages) logger.warn(message);
        logger.info(result.summary);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(seedsDir);
        let timer: ReturnType<typeof setTimeout> | undefined;
        let queue = Promise.resolve();
        const run = async () => {
          const result = await convert();
          for (const message of result.messages) {
            if (result.ok) logger.warn(message);
            else logger.error(message);
          }
          logger.info(result.summary);
          if (!result.ok) {
            server.environments.client.hot.send({
              type: 'error',
              err: { message: `Seed errors, articles left unchanged:\n${result.messages.join('\n')}`, stack: '' },
            });
          }
        };
        const onSeed = (file: string) => {
          if (path.dirname(file) !== seedsDir || !file.toLowerCase().endsWith('.txt')) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            queue = queue.then(run).catch((error: unknown) => logger.error(String(error)));
          }, SETTLE);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onSeed);
      },
    },
  };
}
