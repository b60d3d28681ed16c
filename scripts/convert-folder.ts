import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { convertSeeds } from '../src/convert/convert-seeds.ts';
import type { ConvertedSeed } from '../src/convert/convert-seed.ts';
import { formatProblem } from '../src/convert/format-problem.ts';
import { readSeedFiles } from './seed-files.ts';

/** What a conversion of a seed folder did. */
export interface FolderConversion {
  ok: boolean;
  /** Every problem as `path:line: severity: message (hint)`. */
  messages: string[];
  /** The closing line: seeds read, articles, files written and removed. */
  summary: string;
  seeds: ConvertedSeed[];
  errors: number;
  warnings: number;
}

/**
 * Converts a folder of seeds into a folder of MDX articles: writes only the files whose
 * content changed, removes the articles of deleted seeds, and writes nothing at all when
 * any seed has an error. Used by `npm run convert`, `npm run check` (with `write: false`)
 * and the development server.
 */
export async function convertFolder(options: { root: string; seedsDir: string; outDir: string; write?: boolean }): Promise<FolderConversion> {
  const { root, seedsDir, outDir, write = true } = options;
  const where = path.relative(root, seedsDir) || seedsDir;
  const fail = (message: string) => ({ ok: false, messages: [message], summary: message, seeds: [], errors: 1, warnings: 0 });
  if (!existsSync(seedsDir)) return fail(`${where}: error: seed folder not found`);
  const seedFiles = await readSeedFiles(seedsDir, root);
  // Most likely a wrong folder: converting nothing would delete every article.
  if (seedFiles.length === 0) return fail(`${where}: error: no *.txt seed in this folder; nothing converted`);

  const { seeds, files } = convertSeeds(seedFiles);
  const messages = seeds.flatMap((seed) => seed.problems.map((problem) => formatProblem(seed.path, problem)));
  const errors = seeds.reduce((count, seed) => count + seed.problems.filter((p) => p.severity === 'error').length, 0);
  const warnings = seeds.reduce((count, seed) => count + seed.problems.filter((p) => p.severity === 'warning').length, 0);
  const read = `${seedFiles.length} seed(s) read`;
  if (errors > 0) {
    const unchanged = write ? `; ${path.relative(root, outDir) || outDir} left unchanged` : '';
    const summary = `${read}, ${errors} error(s), ${warnings} warning(s)${unchanged}`;
    return { ok: false, messages, summary, seeds, errors, warnings };
  }
  if (!write) return { ok: true, messages, summary: `${read}, ${files.size} article(s), ${warnings} warning(s)`, seeds, errors, warnings };

  await mkdir(outDir, { recursive: true });
  let written = 0;
  for (const [name, mdx] of files) {
    const target = path.join(outDir, name);
    if ((await readFile(target, 'utf8').catch(() => undefined)) === mdx) continue;
    await writeFile(target, mdx);
    written++;
  }
  let removed = 0;
  for (const name of await readdir(outDir)) {
    if (name.endsWith('.mdx') && !files.has(name)) {
      await rm(path.join(outDir, name));
      removed++;
    }
  }
  const summary = `${read}, ${files.size} article(s), ${written} written, ${removed} removed, ${warnings} warning(s)`;
  return { ok: true, messages, summary, seeds, errors, warnings };
}
