import { describe, expect, it } from 'vitest';
import { facetOptions, previewSize } from '../../src/lib/facet-options.ts';

describe('facetOptions', () => {
  it('offers values with results, most frequent first, then in French order', () => {
    const options = facetOptions({ Gaza: 2, Égypte: 2, Iran: 0, Israël: 5 }, []);
    expect(options.map((option) => [option.value, option.count])).toEqual([
      ['Israël', 5],
      ['Égypte', 2],
      ['Gaza', 2],
    ]);
  });

  it('keeps a chosen value even when nothing is left for it, so it can be unchecked', () => {
    const options = facetOptions({ Gaza: 1 }, ['Iran']);
    expect(options).toEqual([
      { value: 'Gaza', count: 1, checked: false },
      { value: 'Iran', count: 0, checked: true },
    ]);
  });

  it('lists years newest first', () => {
    expect(facetOptions({ 2022: 9, 2024: 1, 2023: 3 }, [], 'newest').map((option) => option.value)).toEqual(['2024', '2023', '2022']);
  });
});

describe('previewSize', () => {
  const options = facetOptions(Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`v${i}`, 20 - i])), []);

  it('shows the ten most frequent at first', () => {
    expect(previewSize(options)).toBe(10);
    expect(previewSize(options.slice(0, 4))).toBe(4);
  });

  it('shows everything when a chosen value lies beyond them', () => {
    const chosen = facetOptions(Object.fromEntries(options.map((o) => [o.value, o.count])), ['v12']);
    expect(previewSize(chosen)).toBe(14);
  });
});
