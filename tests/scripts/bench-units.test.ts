import { describe, expect, it } from 'vitest';
import { kilobytes, megabytes, megabytesOfKibibytes } from '../../scripts/bench/units.ts';

describe("the benchmark's units", () => {
  it('writes sizes in thousands of bytes, as the targets are (a page of at most 25 kB)', () => {
    expect(kilobytes(21_759)).toBe('21.8 kB');
    expect(kilobytes(25_000)).toBe('25.0 kB');
    expect(kilobytes(0)).toBe('0.0 kB');
  });

  it('writes megabytes as millions of bytes', () => {
    expect(megabytes(46_137_344)).toBe('46.1 MB');
  });

  it("reads GNU time's peak memory, in units of 1,024 bytes, as megabytes", () => {
    expect(megabytesOfKibibytes(1_000_000)).toBe(1024);
    expect(megabytesOfKibibytes(921_816)).toBeCloseTo(943.94, 2);
  });
});
