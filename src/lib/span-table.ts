import { flatCopy } from './flat-copy.ts';

/**
 * Values by word, looked up by where a word lies in a text rather than by the word itself:
 * `table.at(text, start, end)` gives the value of `text.slice(start, end)`, made by `make`
 * the first time that word is met. A word met before costs neither a new string nor a hash
 * of one by the engine, which a `Map` would need at every occurrence; readers of a whole
 * archive look up millions of words, nearly all of them met before.
 * Written by hand because no package keys a table by a slice of a string: an open-addressing
 * table with linear probing, its hash computed from the code units in place.
 * `new SpanTable((word) => word.length).at('le chat', 3, 7)` → 4
 */
export class SpanTable<T> {
  #keys: (string | undefined)[] = [];
  #hashes = new Int32Array(0);
  #values: (T | undefined)[] = [];
  #mask = 0;
  #size = 0;
  readonly #make: (word: string) => T;

  constructor(make: (word: string) => T) {
    this.#make = make;
    this.clear();
  }

  /** How many words the table holds. */
  get size(): number {
    return this.#size;
  }

  /** Forgets every word. */
  clear(): void {
    this.#allocate(1024);
    this.#size = 0;
  }

  /** The value of the word `text.slice(start, end)`, made the first time that word is met. */
  at(text: string, start: number, end: number): T {
    const hash = hashOf(text, start, end);
    const length = end - start;
    const keys = this.#keys;
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const key = keys[slot];
      if (key === undefined) break;
      if (this.#hashes[slot] === hash && key.length === length && text.startsWith(key, start)) return this.#values[slot]!;
    }
    // A string of its own: the table outlives the text, which a long word's slice would keep.
    const word = flatCopy(text.slice(start, end));
    const value = this.#make(word);
    if (2 * (this.#size + 1) > keys.length) this.#grow();
    this.#insert(word, hash, value);
    this.#size++;
    return value;
  }

  #insert(word: string, hash: number, value: T): void {
    let slot = hash & this.#mask;
    while (this.#keys[slot] !== undefined) slot = (slot + 1) & this.#mask;
    this.#keys[slot] = word;
    this.#hashes[slot] = hash;
    this.#values[slot] = value;
  }

  #grow(): void {
    const [keys, hashes, values] = [this.#keys, this.#hashes, this.#values];
    this.#allocate(2 * keys.length);
    for (let slot = 0; slot < keys.length; slot++) {
      if (keys[slot] !== undefined) this.#insert(keys[slot]!, hashes[slot], values[slot]!);
    }
  }

  #allocate(capacity: number): void {
    this.#keys = new Array<string | undefined>(capacity).fill(undefined);
    this.#hashes = new Int32Array(capacity);
    this.#values = new Array<T | undefined>(capacity).fill(undefined);
    this.#mask = capacity - 1;
  }
}

// FNV-1a over UTF-16 code units, mixed at the end so that the low bits the table uses
// depend on every unit.
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) ^ (hash >>> 12);
}
