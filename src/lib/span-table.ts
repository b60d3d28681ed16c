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
  // Each slot is two numbers side by side, a word's hash and its place plus one (0: empty).
  // Words and values are in the order they were met: a look-up reads one slot, then the
  // words met early, which are the frequent ones, close together. With the vocabulary of a
  // real archive (68,000 spellings in the benchmark's 5,000 articles) the table outgrows the
  // processor's cache, and a slot's hash, word and value in three arrays cost a cache miss
  // each: so laid out, analysing 5,000 such articles takes 3 to 8 % less time (no change on
  // a small vocabulary).
  #slots = new Int32Array(0);
  // The code units of the words, one after the other: the word at place `p` (from 0) is
  // `#units` from `#offsets[p]` to `#offsets[p + 1]`. A look-up compares the text with these
  // rather than with the word's string, which is an object elsewhere in memory, reached
  // through an array of them, and compared by a call into the engine: reading the words of
  // the benchmark's 5,000 articles (2.5 million) took 210 to 240 ms rather than 290 to 320
  // once every word was known, and 264 to 300 ms rather than 380 to 415 on first sight.
  #units = new Uint16Array(0);
  #offsets = new Int32Array(0);
  #size = 0;
  #values: T[] = [];
  #mask = 0;
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
    this.#units = new Uint16Array(8192);
    this.#offsets = new Int32Array(1025);
    this.#size = 0;
    this.#values = [];
  }

  /** The value of the word `text.slice(start, end)`, made the first time that word is met. */
  at(text: string, start: number, end: number): T {
    const hash = hashOf(text, start, end);
    const length = end - start;
    const slots = this.#slots;
    const units = this.#units;
    const offsets = this.#offsets;
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const place = slots[2 * slot + 1];
      if (place === 0) break;
      if (slots[2 * slot] !== hash) continue;
      const from = offsets[place - 1];
      if (offsets[place] - from === length && sameUnits(text, start, units, from, length)) return this.#values[place - 1];
    }
    // A string of its own: the table outlives the text, which a long word's slice would keep.
    const word = flatCopy(text.slice(start, end));
    const value = this.#make(word);
    if (2 * (this.#size + 1) > this.#mask + 1) this.#grow();
    this.#values.push(value);
    const place = ++this.#size;
    this.#keepUnits(place, text, start, end);
    this.#insert(hash, place);
    return value;
  }

  /** Appends the code units of the word just added, at `place` (from 1). */
  #keepUnits(place: number, text: string, start: number, end: number): void {
    if (place + 1 > this.#offsets.length) {
      const offsets = new Int32Array(2 * this.#offsets.length);
      offsets.set(this.#offsets);
      this.#offsets = offsets;
    }
    let at = this.#offsets[place - 1];
    if (at + end - start > this.#units.length) {
      const units = new Uint16Array(Math.max(2 * this.#units.length, at + end - start));
      units.set(this.#units);
      this.#units = units;
    }
    for (let index = start; index < end; index++) this.#units[at++] = text.charCodeAt(index);
    this.#offsets[place] = at;
  }

  #insert(hash: number, place: number): void {
    let slot = hash & this.#mask;
    while (this.#slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.#mask;
    this.#slots[2 * slot] = hash;
    this.#slots[2 * slot + 1] = place;
  }

  #grow(): void {
    const slots = this.#slots;
    this.#allocate(slots.length);
    for (let slot = 0; slot < slots.length; slot += 2) if (slots[slot + 1] !== 0) this.#insert(slots[slot], slots[slot + 1]);
  }

  #allocate(capacity: number): void {
    this.#slots = new Int32Array(2 * capacity);
    this.#mask = capacity - 1;
  }
}

function sameUnits(text: string, start: number, units: Uint16Array, from: number, length: number): boolean {
  for (let index = 0; index < length; index++) if (text.charCodeAt(start + index) !== units[from + index]) return false;
  return true;
}

// FNV-1a over UTF-16 code units, mixed at the end so that the low bits the table uses
// depend on every unit.
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) ^ (hash >>> 12);
}
