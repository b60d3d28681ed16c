import { siteRoot } from './site-url.ts';

let loading: Promise<void> | undefined;

/**
 * Loads the search code once (the header's box and the results page) as a classic script,
 * which also runs from disk (file://) where browsers refuse module imports. The page names
 * the file on its own script's `data-search-script` (see BaseLayout.astro).
 */
export function loadSearch(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const address = document.querySelector<HTMLScriptElement>('script[data-search-script]')?.dataset.searchScript;
    if (!address) return reject(new Error('no search script'));
    const script = document.createElement('script');
    // The bundler names it from the site's root (`/_astro/…`): placed under the page's own
    // root, it resolves under a sub-path and on disk too.
    script.src = new URL(address.replace(/^\//, ''), siteRoot()).href;
    // The dev server serves the sources unbundled, with their imports.
    if (import.meta.env.DEV) script.type = 'module';
    script.onload = () => {
      script.remove();
      resolve();
    };
    script.onerror = () => reject(new Error('search script missing'));
    // At the end of the page, so that loading it moves nothing before it in the document.
    document.body.append(script);
  });
  loading.catch(() => (loading = undefined));
  return loading;
}
