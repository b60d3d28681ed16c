// Browsers refuse ES-module imports and fetch() on pages opened from disk (file://), and
// Pagefind needs both. At build time every file of its bundle is also written as a classic
// script (offline/<file>.js) that hands its bytes to the page; a classic script loads from
// disk. Here its module is imported from a blob: URL, which browsers allow, and its
// fetch() calls for bundle files are answered from those scripts, loaded one by one as a
// search needs them, so the index still arrives in chunks. Pagefind itself is unmodified.

type Receiver = (path: string, base64: string) => void;
declare global {
  interface Window {
    __veillePagefindFile?: Receiver;
  }
}

/** Folder of the wrapped files inside Pagefind's bundle; the build writes the same name. */
export const OFFLINE_FOLDER = 'offline/';

const files = new Map<string, Promise<Uint8Array>>();
const waiting = new Map<string, (bytes: Uint8Array) => void>();

/**
 * Prepares Pagefind for a page opened from disk and resolves a blob: URL of its module,
 * ready for `import()`.
 */
export async function offlinePagefindModule(bundle: URL): Promise<string> {
  window.__veillePagefindFile = (path, base64) => waiting.get(path)?.(decodeBase64(base64));
  answerFetchFromScripts(bundle);
  const source = await loadFile(bundle, 'pagefind.js');
  return URL.createObjectURL(new Blob([source as BlobPart], { type: 'text/javascript' }));
}

function answerFetchFromScripts(bundle: URL): void {
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.href.startsWith(bundle.href)) return original(input, init);
    const path = decodeURIComponent(url.pathname.slice(bundle.pathname.length));
    return new Response(await loadFile(bundle, path) as BodyInit);
  };
}

function loadFile(bundle: URL, path: string): Promise<Uint8Array> {
  let file = files.get(path);
  if (!file) {
    file = new Promise<Uint8Array>((resolve, reject) => {
      waiting.set(path, (bytes) => {
        waiting.delete(path);
        resolve(bytes);
      });
      const script = document.createElement('script');
      script.src = new URL(`${OFFLINE_FOLDER}${path}.js`, bundle).href;
      script.onerror = () => reject(new Error(`search file missing: ${path}`));
      script.onload = () => script.remove();
      document.head.append(script);
    });
    files.set(path, file);
    file.catch(() => files.delete(path));
  }
  return file;
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
