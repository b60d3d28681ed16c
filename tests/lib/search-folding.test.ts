import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, foldHtmlText } from '../../src/lib/search-folding.ts';

describe('foldForSearch', () => {
  it('folds typographic apostrophes to the ASCII one', () => {
    expect(foldForSearch('l’Iran, l‘armée, lʼÉgypte')).toBe("l'Iran, l'armée, l'Égypte");
  });

  it('folds the ligatures Unicode does not decompose, keeping case', () => {
    expect(foldForSearch('l’œuvre')).toBe("l'oeuvre");
    expect(foldForSearch('Œdipe, cæcum, Æschyle')).toBe('OEdipe, caecum, AEschyle');
  });

  it('leaves accents to Pagefind: é, à and ç are unchanged', () => {
    expect(foldForSearch('Été à Bahreïn, garçon')).toBe('Été à Bahreïn, garçon');
  });

  it('is idempotent and leaves no apostrophe or ligature it folds', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'a’ʼ‘œŒæÆ\' é'.split('')) }), (text) => {
        const folded = foldForSearch(text);
        expect(folded).not.toMatch(/[’ʼ‘œŒæÆ]/);
        expect(foldForSearch(folded)).toBe(folded);
      }),
    );
  });
});

describe('foldHtmlText', () => {
  it('folds the text between tags but leaves attribute values untouched', () => {
    expect(foldHtmlText('<span data-title="l’œuvre">l’œuvre</span>')).toBe('<span data-title="l’œuvre">l\'oeuvre</span>');
  });

  it('folds every text run of a page, nested or not', () => {
    expect(foldHtmlText('<h1 title="Œuvre">L’Œuvre</h1><p>d’<em>Æsop</em> et d’autres</p>')).toBe(
      '<h1 title="Œuvre">L\'OEuvre</h1><p>d\'<em>AEsop</em> et d\'autres</p>',
    );
  });

  it('leaves tag names and attributes of a page without text as they are', () => {
    const html = '<meta name="description" content="l’œuvre d’art"><img alt="œ’">';
    expect(foldHtmlText(html)).toBe(html);
  });
});
