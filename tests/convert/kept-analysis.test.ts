import { describe, expect, it } from 'vitest';
import { analyzeSeed } from '../../src/convert/analyze-seed.ts';
import { keptAnalysis } from '../../src/convert/kept-analysis.ts';

describe('keptAnalysis', () => {
  it("keeps all of an analysis but its article's body, and keeps an analysis with errors whole", () => {
    const analysis = analyzeSeed({ path: 'seeds/a.txt', bytes: new TextEncoder().encode('Le Pentagone a confirmé la défense antimissile.') });
    const { body, ...article } = analysis.article!;
    expect(body).not.toBe('');
    expect(keptAnalysis(analysis)).toEqual({ ...analysis, article });
    const failed = analyzeSeed({ path: 'seeds/b.txt', bytes: new TextEncoder().encode('date 2024-02-30 Un texte.') });
    expect(failed.article).toBeUndefined();
    expect(keptAnalysis(failed)).toEqual(failed);
  });
});
