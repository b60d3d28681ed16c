import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPartialDate, isoPartialDate, isPartialDate, monthName, parsePartialDate } from '../../src/lib/partial-date.ts';

describe('parsePartialDate', () => {
  it('parses a year, a month or a day', () => {
    expect(parsePartialDate('2024')).toEqual({ year: 2024 });
    expect(parsePartialDate('2024-06')).toEqual({ year: 2024, month: 6 });
    expect(parsePartialDate('2024-06-14')).toEqual({ year: 2024, month: 6, day: 14 });
  });

  it('accepts 29 February only in leap years', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parsePartialDate('2000-02-29')).toBeDefined();
    expect(parsePartialDate('2023-02-29')).toBeUndefined();
    expect(parsePartialDate('1900-02-29')).toBeUndefined();
  });

  it.each(['2024-13', '2024-00', '2024-04-31', '2024-02-30', '2024-06-00', '2024-06-32', '0000', '0000-01-01'])(
    'rejects the impossible date %s',
    (text) => {
      expect(parsePartialDate(text)).toBeUndefined();
      expect(isPartialDate(text)).toBe(false);
    },
  );

  it.each(['24', '2024-6', '2024-06-1', '2024/06', '2024-06-14T00:00', ' 2024', '2024-', 'juin 2024', ''])(
    'rejects the malformed date %j',
    (text) => expect(isPartialDate(text)).toBe(false),
  );

  it('accepts every real calendar day, as the platform calendar knows them', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(parsePartialDate(iso)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
      }),
    );
  });
});

describe('formatPartialDate', () => {
  it('formats in French at the precision given, never inventing a day', () => {
    expect(formatPartialDate('2024')).toBe('2024');
    expect(formatPartialDate('2024-06')).toBe('juin 2024');
    expect(formatPartialDate('2024-06-14')).toBe('14 juin 2024');
    expect(formatPartialDate('2024-02-29')).toBe('29 février 2024');
  });

  it('writes the first day of a month as an ordinal, and only the first', () => {
    expect(formatPartialDate('2024-06-01')).toBe('1er juin 2024');
    expect(formatPartialDate('2024-08-11')).toBe('11 août 2024');
    expect(formatPartialDate('2024-12-21')).toBe('21 décembre 2024');
  });

  it('returns a malformed or impossible date as it was written', () => {
    expect(formatPartialDate('2023-02-29')).toBe('2023-02-29');
    expect(formatPartialDate('bientôt')).toBe('bientôt');
  });

  it('formats a month of a year below 100 in that year', () => {
    expect(formatPartialDate('0024-06')).toBe('juin 24');
  });
});

describe('isoPartialDate', () => {
  it('writes ISO 8601 at the date’s own precision, zero-padded', () => {
    expect(isoPartialDate({ year: 2024 })).toBe('2024');
    expect(isoPartialDate({ year: 2024, month: 6 })).toBe('2024-06');
    expect(isoPartialDate({ year: 2024, month: 6, day: 1 })).toBe('2024-06-01');
    expect(isoPartialDate({ year: 987, month: 12, day: 31 })).toBe('0987-12-31');
  });

  it('round-trips with parsePartialDate', () => {
    for (const text of ['2024', '2024-06', '2024-06-14', '0001-01-01']) expect(isoPartialDate(parsePartialDate(text)!)).toBe(text);
  });
});

describe('monthName', () => {
  it('names the months in French, lower-case, 1-based', () => {
    expect(Array.from({ length: 12 }, (_, i) => monthName(i + 1))).toEqual([
      'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
    ]);
  });
});
