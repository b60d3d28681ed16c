import { describe, expect, it } from 'vitest';
import { sourceUrl } from '../../src/lib/source-url.ts';

const REPOSITORY = 'https://github.com/org/veille';

describe('sourceUrl', () => {
  it('links a seed on the branch of the repository', () => {
    expect(sourceUrl('seeds/000_1a0f.txt', REPOSITORY, 'main')).toBe('https://github.com/org/veille/blob/main/seeds/000_1a0f.txt');
    expect(sourceUrl('seeds/a.txt', `${REPOSITORY}/`, 'archive/2024')).toBe('https://github.com/org/veille/blob/archive/2024/seeds/a.txt');
  });

  it('encodes each segment of the path', () => {
    expect(sourceUrl('seeds/Israël #1 ?.txt', REPOSITORY, 'main')).toBe(
      'https://github.com/org/veille/blob/main/seeds/Isra%C3%ABl%20%231%20%3F.txt',
    );
  });

  it('gives no link without a repository', () => {
    expect(sourceUrl('seeds/a.txt', undefined, 'main')).toBeUndefined();
    expect(sourceUrl('seeds/a.txt', '', 'main')).toBeUndefined();
  });

  it('gives no link for a seed outside the project', () => {
    expect(sourceUrl('../elsewhere/a.txt', REPOSITORY, 'main')).toBeUndefined();
    expect(sourceUrl('/tmp/a.txt', REPOSITORY, 'main')).toBeUndefined();
  });
});
