// @ts-check
// The floor of the benchmark: the same articles built by a bare Astro + MDX site, so that
// the cost of Veille's own pages and packaging can be told apart from the stack's.
// Built by scripts/bench.ts with `--root scripts/bench/floor`; packages resolve from the
// project's node_modules, which Node and Vite find by walking up from this folder.
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Astro's content store and Vite's pre-bundled dependencies live in cache folders of the
// floor's own (Vite would otherwise write node_modules/.vite into this folder), so that its
// entries never mix with the project's and the benchmark can start every build cold.
const cacheDir = process.env.FLOOR_CACHE_DIR ?? path.join(os.tmpdir(), 'veille-floor-astro-cache');

export default defineConfig({
  cacheDir,
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx()],
  vite: { cacheDir: path.join(cacheDir, 'vite') },
});
