// Creates a new seed: npm run new -- "Titre de l'article"
// Writes seeds/<today>-<slug>.txt with a header to fill in; never overwrites a file.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newSeed } from '../src/convert/new-seed.ts';
import { helpIfAsked, usageError } from './command-line.ts';
import { ROOT } from './paths.ts';

const command = {
  name: 'new',
  usage: `Usage: npm run new -- "Titre de l'article"
  writes seeds/<today>-<slug>.txt with a header to fill in (the folder: $SEEDS_DIR, else seeds/)`,
};
const words = process.argv.slice(2);
helpIfAsked(command, words);
// The title is every argument; one that looks like an option was most likely meant as one,
// and would otherwise become a file named after it. A title may still start with « - » (« -20 % »).
const option = words.find((word) => word.startsWith('--'));
if (option) usageError(command, `unknown option '${option}'`);
const title = words.join(' ');
const today = new Date().toISOString().slice(0, 10);
const seedsDir = path.resolve(process.env.SEEDS_DIR ?? path.join(ROOT, 'seeds'));
try {
  const { fileName, content } = newSeed(title, process.env.VEILLE_TODAY ?? today);
  const file = path.join(seedsDir, fileName);
  await writeFile(file, content, { flag: 'wx' });
  console.log(`new: ${path.relative(ROOT, file)} created; write the article under its header, then npm run check`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EEXIST' ? `new: error: that file exists already; nothing written (choose another title)` : `new: error: ${(error as Error).message}`);
  process.exit(1);
}
