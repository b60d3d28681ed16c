/**
 * A trigram as a number when its three code units are below 256 (most trigrams of
 * European text: no string to allocate and hash), as the string itself otherwise.
 */
export type TrigramKey = number | string;

/**
 * A map from trigram keys to numbers (−1 for a key it does not hold). Numeric keys live in
 * typed arrays with open addressing, which is several times faster than a `Map` for the
 * thousands of look-ups of every text.
 */
export class TrigramTable {
  private keys = new Int32Array(0);
  private values = new Int32Array(0);
  private used = new Uint8Array(0);
  private size = 0;
  private readonly strings = new Map<string, number>();

  constructor(capacity = 1024) {
    this.allocate(capacity);
  }

  get(key: TrigramKey): number {
    if (typeof key === 'string') return this.strings.get(key) ?? -1;
    const mask = this.keys.length - 1;
    for (let slot = hash(key) & mask; this.used[slot] === 1; slot = (slot + 1) & mask) {
      if (this.keys[slot] === key) return this.values[slot];
    }
    return -1;
  }

  set(key: TrigramKey, value: number): void {
    if (typeof key === 'string') {
      this.strings.set(key, value);
      return;
    }
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = hash(key) & mask;
    while (this.used[slot] === 1 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    if (this.used[slot] === 0) this.size++;
    this.used[slot] = 1;
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  private allocate(capacity: number): void {
    let length = 16;
    while (length < 2 * capacity) length *= 2;
    this.keys = new Int32Array(length);
    this.values = new Int32Array(length);
    this.used = new Uint8Array(length);
    this.size = 0;
  }

  private grow(): void {
    const { keys, values, used } = this;
    this.allocate(keys.length);
    for (let slot = 0; slot < keys.length; slot++) if (used[slot] === 1) this.set(keys[slot], values[slot]);
  }
}

function hash(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 7;
}
