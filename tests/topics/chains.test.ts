import { describe, expect, it } from 'vitest';
import { Chains } from '../../src/topics/chains.ts';

/** Meets a sequence number by number, as `documentTerms` lengthens a phrase word by word. */
function meetAll(chains: Chains, numbers: number[]): number {
  let chain = -1;
  for (const number of numbers) chain = chains.meet(chain, number);
  return chain;
}

describe('Chains', () => {
  it('numbers sequences in order of first sight and counts each time one is met', () => {
    const chains = new Chains();
    const sequences = [[4], [4, 7], [4, 7, 1], [7], [4, 7], [4, 1], [4]];
    const numbers = sequences.map((sequence) => meetAll(chains, sequence));
    // Meeting [4, 7] meets [4] on the way: every prefix counts too.
    expect(numbers).toEqual([0, 1, 2, 3, 1, 4, 0]);
    expect([0, 1, 2, 3, 4].map((chain) => chains.count(chain))).toEqual([6, 3, 1, 1, 1]);
    const read: number[] = [];
    expect(chains.read(2, read)).toBe(3);
    expect(read).toEqual([4, 7, 1]);
    // A shorter sequence is written over the start; what follows it stays.
    expect(chains.read(4, read)).toBe(2);
    expect(read).toEqual([4, 1, 1]);
    expect(chains.read(3, read)).toBe(1);
    expect(read.slice(0, 1)).toEqual([7]);
  });

  it('starts again from nothing once cleared', () => {
    const chains = new Chains();
    meetAll(chains, [9, 9, 9]);
    chains.clear();
    expect(chains.size).toBe(0);
    expect(meetAll(chains, [9])).toBe(0);
    expect(chains.count(0)).toBe(1);
  });
});
