import { describe, expect, it } from 'vitest';
import { mainOf } from '../../src/integrations/search-index.ts';

describe('mainOf', () => {
  it('keeps the main element alone, in a bare document', () => {
    const page = '<html lang="fr"><head><title>T</title></head><body><nav>Menu</nav><main id="contenu"><article data-pagefind-body>Texte</article><div data-pagefind-filter="lieu">Gaza</div></main><footer>Pied</footer></body></html>';
    expect(mainOf(page)).toBe('<html><body><main id="contenu"><article data-pagefind-body>Texte</article><div data-pagefind-filter="lieu">Gaza</div></main></body></html>');
  });

  it('is not misled by « <main » in the head, where attribute values keep it raw', () => {
    const page = '<html><head><meta name="description" content="a <main> b"></head><body><main>Texte</main></body></html>';
    expect(mainOf(page)).toBe('<html><body><main>Texte</main></body></html>');
  });

  it('sends a page without a main element whole', () => {
    expect(mainOf('<html><body><p>Texte</p></body></html>')).toBe('<html><body><p>Texte</p></body></html>');
  });
});
