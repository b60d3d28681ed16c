import { PairTable } from './pair-table.ts';

/**
 * Sequences of numbers counted as they are met (a document's phrases of stem numbers, or of
 * word numbers), numbered in order of first sight. A sequence is known by the sequence one
 * shorter (−1 for none) and its last number, so lengthening one costs a single look-up, and
 * the counts live in columns of numbers reused from one document to the next rather than in
 * an object per sequence.
 */
export class Chains {
  private readonly table = new PairTable();
  private readonly shorters: number[] = [];
  private readonly lasts: number[] = [];
  private readonly counts: number[] = [];
  /** How many sequences have been met since the last `clear`. */
  size = 0;

  /** The number of `shorter` lengthened by `last` (−1 for a sequence of one), counted once more. */
  meet(shorter: number, last: number): number {
    let chain = this.table.get(shorter, last);
    if (chain < 0) {
      chain = this.size++;
      this.table.add(shorter, last, chain);
      this.shorters[chain] = shorter;
      this.lasts[chain] = last;
      this.counts[chain] = 0;
    }
    this.counts[chain]++;
    return chain;
  }

  count(chain: number): number {
    return this.counts[chain];
  }

  /**
   * Writes the numbers of a sequence, first to last, at the start of `into`, and gives how
   * many they are; what `into` holds after them stays. Emptying an array gives its storage
   * back, so filling one again at every read allocated anew: most of what a document's
   * topics allocated, read after read.
   */
  read(chain: number, into: number[]): number {
    let length = 0;
    for (let at = chain; at >= 0; at = this.shorters[at]) length++;
    let index = length;
    for (let at = chain; at >= 0; at = this.shorters[at]) into[--index] = this.lasts[at];
    return length;
  }

  clear(): void {
    this.table.clear();
    this.size = 0;
  }
}
