// Checks everything an editor or a developer can get wrong, and says all of it at once:
//   npm run check -- [--seeds <folder>] [--no-code]
// 1. every seed: encoding, header keys and values, dates, slugs, duplicates, and the front
//    matter it gives against the article schema (the conversion, without writing anything);
// 2. the TypeScript and Astro code (`astro check`), unless --no-code.
// Prints `path:line: severity: message (hint)`; exits non-zero on errors, zero with warnings.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { readOptions } from './command-line.ts';
import { convertFolder } from './convert-folder.ts';
import { ROOT } from './paths.ts';

const command = {
  name: 'check',
  usage: `Usage: npm run check -- [--seeds <folder>] [--no-code]
  --seeds <folder>  the seeds to check (default: $SEEDS_DIR, else seeds/)
  --no-code         check the seeds only, not the TypeScript and Astro code`,
};
const options = readOptions(command, { options: { seeds: { type: 'string' }, 'no-code': { type: 'boolean' } } });
const seedsDir = path.resolve(options.seeds ?? process.env.SEEDS_DIR ?? path.join(ROOT, 'seeds'));

const started = performance.now();
// On every core, as a conversion: many seeds are analysed on other threads too (see analysis-helpers.ts).
const seeds = await convertFolder({ root: ROOT, seedsDir, outDir: path.join(ROOT, 'content', 'articles'), write: false, threads: availableParallelism() });
for (const message of seeds.messages) console.log(message);
console.log(`check: seeds: ${seeds.summary} (${Math.round(performance.now() - started)} ms)`);

let codeOk = true;
if (!options['no-code']) {
  const astro = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'check'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  codeOk = astro.status === 0;
  console.log(`check: code: ${codeOk ? 'no error' : 'errors above'}`);
}
process.exit(seeds.ok && codeOk ? 0 : 1);
