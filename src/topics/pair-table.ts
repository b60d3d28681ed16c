/**
 * A map from pairs of small non-negative integers (or −1 first) to numbers, −1 for a pair
 * it does not hold. Written by hand because a `Map` would need a key made of the pair for
 * every look-up, a string or a number too large for V8 to keep unboxed: with millions of
 * look-ups per thousand documents, those keys were most of what counting phrases allocated.
 * Open addressing in typed arrays; `clear` is free, by moving to a new epoch.
 */
export class PairTable {
  private firsts = new Int32Array(0);
  private seconds = new Int32Array(0);
  private values = new Int32Array(0);
  private stamps = new Uint32Array(0);
  private epoch = 1;
  private size = 0;

  /** `capacity`: room for about half as many pairs before the table grows; rounded up to a power of two. */
  constructor(capacity = 1024) {
    this.allocate(2 ** Math.ceil(Math.log2(Math.max(capacity, 2))));
  }

  get(first: number, second: number): number {
    const mask = this.values.length - 1;
    for (let slot = hash(first, second) & mask; this.stamps[slot] === this.epoch; slot = (slot + 1) & mask) {
      if (this.firsts[slot] === first && this.seconds[slot] === second) return this.values[slot];
    }
    return -1;
  }

  /** Adds a pair the table does not hold yet. */
  add(first: number, second: number, value: number): void {
    if (2 * (this.size + 1) > this.values.length) this.grow();
    const mask = this.values.length - 1;
    let slot = hash(first, second) & mask;
    while (this.stamps[slot] === this.epoch) slot = (slot + 1) & mask;
    this.stamps[slot] = this.epoch;
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.values[slot] = value;
    this.size++;
  }

  clear(): void {
    this.size = 0;
    // After 2³² − 1 clears the epochs would come round again: start afresh.
    if (++this.epoch === 0xffffffff) this.allocate(this.values.length);
  }

  private allocate(capacity: number): void {
    this.firsts = new Int32Array(capacity);
    this.seconds = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.stamps = new Uint32Array(capacity);
    this.epoch = 1;
    this.size = 0;
  }

  private grow(): void {
    const { firsts, seconds, values, stamps, epoch } = this;
    this.allocate(values.length * 2);
    for (let slot = 0; slot < values.length; slot++) if (stamps[slot] === epoch) this.add(firsts[slot], seconds[slot], values[slot]);
  }
}

function hash(first: number, second: number): number {
  const mixed = Math.imul(first + 1, 0x9e3779b1) ^ second;
  const spread = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
  // A signed 32-bit integer: an unsigned one above 2³¹ would be a heap number in code not optimised yet.
  return spread ^ (spread >>> 13);
}
