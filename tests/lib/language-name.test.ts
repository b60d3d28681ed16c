import { describe, expect, it } from 'vitest';
import { languageName } from '../../src/lib/language-name.ts';

describe('languageName', () => {
  it('names a language in French', () => {
    expect(languageName('en')).toBe('anglais');
    expect(languageName('fr')).toBe('français');
    expect(languageName('ar')).toBe('arabe');
  });

  it('gives back a tag that names no language it knows', () => {
    expect(languageName('not a tag')).toBe('not a tag');
  });
});
