import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/convert/format-problem.ts';
import { error, warning } from '../../src/convert/problem.ts';

describe('formatProblem', () => {
  it('writes `path:line: severity: message (hint)`', () => {
    expect(formatProblem('seeds/a.txt', error('impossible or malformed date "2024-13"', 3, 'write YYYY, YYYY-MM or YYYY-MM-DD'))).toBe(
      'seeds/a.txt:3: error: impossible or malformed date "2024-13" (write YYYY, YYYY-MM or YYYY-MM-DD)',
    );
  });

  it('leaves out the line when the problem has none', () => {
    expect(formatProblem('seeds/a.txt', warning('not UTF-8: read as Windows-1252 (Latin-1)', undefined, 'save as UTF-8'))).toBe(
      'seeds/a.txt: warning: not UTF-8: read as Windows-1252 (Latin-1) (save as UTF-8)',
    );
  });

  it('leaves out the parentheses when there is no hint, or an empty one', () => {
    expect(formatProblem('seeds/b.txt', error('no article text'))).toBe('seeds/b.txt: error: no article text');
    expect(formatProblem('seeds/b.txt', error('empty header value', 1, ''))).toBe('seeds/b.txt:1: error: empty header value');
  });

  it('keeps line 0 rather than treating it as missing', () => {
    expect(formatProblem('x.txt', error('m', 0))).toBe('x.txt:0: error: m');
  });
});
