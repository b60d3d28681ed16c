import { describe, expect, it } from 'vitest';
import { displayTitle } from '../../src/lib/display-title.ts';

describe('displayTitle', () => {
  it('spaces French titles the French way, regional tags included', () => {
    expect(displayTitle('Quoi ? « Oui »', 'fr')).toBe('Quoi\u202F? «\u00A0Oui\u00A0»');
    expect(displayTitle('Quoi ?', 'fr-CA')).toBe('Quoi\u202F?');
  });

  it('leaves titles in other languages as they are', () => {
    expect(displayTitle('What ? « Yes »', 'en')).toBe('What ? « Yes »');
    expect(displayTitle('Quoi ?', 'fro')).toBe('Quoi ?');
  });
});
