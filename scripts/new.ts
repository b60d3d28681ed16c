// Creates a new seed: npm run new -- "Titre de l'article"
// Writes seeds/<today>-<slug>.txt with a header to fill in; never overwrites a file.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newSeed } from '../src/convert/new-seed.ts';
import { ROOT } from './paths.ts';

const title = process.argv.slice(2).join(' ');
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
