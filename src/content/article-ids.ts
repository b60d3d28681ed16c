/** Two article files claiming one entry id. */
export class SlugClaimedTwice extends Error {}

/**
 * Which article file holds which entry id (its slug), both ways, so that a rename, a
 * changed slug and a slug claimed twice are each found in constant time.
 */
export class ArticleIds {
  readonly #idByFile = new Map<string, string>();
  readonly #fileById = new Map<string, string>();

  /**
   * Gives `id` to `file`. Returns the id the file held before, when it changed (its
   * entry is stale); throws when another file holds `id`, naming both.
   */
  claim(file: string, id: string): string | undefined {
    const holder = this.#fileById.get(id);
    if (holder !== undefined && holder !== file) throw new SlugClaimedTwice(`slug "${id}" is also the slug of ${holder}`);
    const previous = this.release(file);
    this.#idByFile.set(file, id);
    this.#fileById.set(id, file);
    return previous !== id ? previous : undefined;
  }

  /** Forgets a file; returns the id it held. */
  release(file: string): string | undefined {
    const id = this.#idByFile.get(file);
    if (id === undefined) return undefined;
    this.#idByFile.delete(file);
    this.#fileById.delete(id);
    return id;
  }

  has(id: string): boolean {
    return this.#fileById.has(id);
  }
}
