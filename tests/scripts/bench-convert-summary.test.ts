import { describe, expect, it } from 'vitest';
import { parseConvertPhases, parseConvertSummary } from '../../scripts/bench/convert-summary.ts';
import { median } from '../../scripts/bench/builds.ts';

describe('the benchmark reading the conversion summary', () => {
  it('reads the files written from today\'s summary, and leaves the conversion counts unknown', () => {
    const stdout = 'convert: 200 seed(s) read, 200 article(s), 0 written, 0 removed, 0 warning(s)\n';
    expect(parseConvertSummary(stdout)).toEqual({ converted: undefined, unchanged: undefined, written: 0 });
  });

  it('reads converted and unchanged seeds once the summary gives them', () => {
    const stdout = 'convert: 9 seed(s) read, 9 article(s), 2 converted, 7 unchanged, 2 written, 0 removed, 0 warning(s)\n';
    expect(parseConvertSummary(stdout)).toEqual({ converted: 2, unchanged: 7, written: 2 });
    expect(parseConvertSummary('convert: 3 seeds converted, 5 reused')).toEqual({ converted: 3, unchanged: 5, written: undefined });
  });

  it('knows nothing without a summary line', () => {
    expect(parseConvertSummary('')).toEqual({ converted: undefined, unchanged: undefined, written: undefined });
  });
});

describe('the benchmark reading the conversion phases', () => {
  it('reads seconds per phase, in order, from the phases line', () => {
    const stdout = 'convert: 2 seed(s) read, 2 article(s)\nconvert: phases: read 0.19 s, load 0.35 s, analyse 4.82 s, rank 0.19 s\n';
    expect(Object.entries(parseConvertPhases(stdout))).toEqual([['read', 0.19], ['load', 0.35], ['analyse', 4.82], ['rank', 0.19]]);
  });

  it('gives no phase without the line, as for a conversion with nothing to do', () => {
    expect(parseConvertPhases('convert: 2 seed(s) read, 2 article(s), 0 written')).toEqual({});
  });
});

describe('the benchmark median', () => {
  it('is the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
