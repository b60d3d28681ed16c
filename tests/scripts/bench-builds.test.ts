import { describe, expect, it } from 'vitest';
import { medianConversion, type ConvertRun } from '../../scripts/bench/builds.ts';

const run = (wallSeconds: number, converted = 1000): ConvertRun => ({ wallSeconds, peakMb: 400, phases: {}, converted, unchanged: 0, written: converted });

describe('medianConversion', () => {
  it('is the run of median time, whole, with every run’s time in run order', () => {
    const runs = [run(9.7), run(5.1, 999), run(6.7, 998)];
    expect(medianConversion(runs)).toEqual({ ...runs[2], runs: [9.7, 5.1, 6.7] });
  });

  it('takes the faster of the middle two of an even count: its figures are those of a real run', () => {
    expect(medianConversion([run(8), run(6), run(7), run(9)]).wallSeconds).toBe(7);
    expect(medianConversion([run(4)]).wallSeconds).toBe(4);
  });
});
