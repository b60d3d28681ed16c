import { describe, expect, it } from 'vitest';
import { pageFile } from '../../src/integrations/page-file.ts';

describe('pageFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/articles/x/', 'articles/x/index.html'],
    ['/archives/2024/06/2/', 'archives/2024/06/2/index.html'],
    ['/404', '404.html'],
    ['/404.html', '404.html'],
    ['/lieux/t%C3%A9h%C3%A9ran/', 'lieux/téhéran/index.html'],
  ])('%s is written to %s', (pathname, file) => {
    expect(pageFile(pathname)).toBe(file);
  });
});
