/**
 * The address of a seed in the repository's web interface, or undefined without a
 * repository or for a seed outside the project:
 * `seeds/a b.txt` → `https://github.com/org/veille/blob/main/seeds/a%20b.txt`.
 */
export function sourceUrl(seed: string, repository: string | undefined, branch: string): string | undefined {
  if (!repository || seed.startsWith('/') || seed.split('/').includes('..')) return undefined;
  const path = seed.split('/').map(encodeURIComponent).join('/');
  return `${repository.replace(/\/+$/, '')}/blob/${branch.split('/').map(encodeURIComponent).join('/')}/${path}`;
}
