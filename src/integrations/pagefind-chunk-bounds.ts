import { decode, encode } from 'cborg';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { BundleFile } from './offline/package-offline.ts';

// Pagefind's binary files: gzip of this signature followed by CBOR.
const SIGNATURE = 'pagefind_dcd';
const META_FILE = /^pagefind\.[^/]+\.pf_meta$/;
// The last code point: a noncharacter, which no searched word holds.
const LAST_CHARACTER = '\u{10FFFF}';

/** One index chunk as the metadata lists it: `[from, to, hash]`. */
type MetaChunk = [from: string, to: string, hash: string];

/**
 * The search bundle with index chunks whose bounds leave no gap: each chunk's upper bound
 * reaches up to the next chunk's lower bound, so that any word searched falls in exactly
 * one chunk, the one it sorts into.
 *
 * Why: Pagefind 1.6 indexes stems but looks up the chunk of the word as typed, by
 * whole-string comparison, `from <= word <= to` (`try_request_indexes` in
 * pagefind_web/src/lib.rs), against bounds it shortened to the shortest prefixes that tell
 * two neighbouring chunks apart (`chunk_meta` in pagefind/src/index/mod.rs). Between one
 * chunk's `to` and the next one's `from` lies a gap, and a word there (« defense » when a
 * chunk holding the stem `defens` ends at `defe`) matches no chunk. Pagefind then loads
 * every chunk whose bounds match the word's first letters, and on a French archive that
 * takes in the chunk of « de » alone: on 10,000 articles, a search for « défense » loaded
 * those 326 KB besides its own chunk. Where Pagefind's bounds already held a word, the
 * same chunk still does; only the gaps are filled.
 * `[["de", "de", a], ["def", "defend", b], ["defens", …]]` → `b` ends at "defenr\u{10FFFF}".
 */
export function fixChunkBounds(files: readonly BundleFile[]): BundleFile[] {
  return files.map((file) => (META_FILE.test(file.path) ? { ...file, content: withoutGaps(file) } : file));
}

function withoutGaps(meta: BundleFile): Uint8Array {
  const decoded = readPagefindFile(meta);
  const chunks = decoded[2];
  if (!Array.isArray(chunks) || !chunks.every(isMetaChunk)) throw new Error(`${meta.path}: unexpected Pagefind metadata (no list of index chunks)`);
  for (let index = 0; index + 1 < chunks.length; index++) chunks[index][1] = justBelow(chunks[index + 1][0]);
  return writePagefindFile(decoded);
}

/**
 * The greatest string below `bound` that a searched word can be: its last character one
 * code point lower, then the last character. `"defens"` → `"defenr\u{10FFFF}"`.
 */
export function justBelow(bound: string): string {
  const characters = [...bound];
  const last = characters.pop()!.codePointAt(0)!;
  // Below U+E000 come the surrogates, which are no characters of their own.
  const lower = last === 0xe000 ? 0xd7ff : last - 1;
  return characters.join('') + String.fromCodePoint(lower) + LAST_CHARACTER;
}

function readPagefindFile(file: BundleFile): unknown[] {
  const bytes = gunzipSync(file.content);
  if (Buffer.from(bytes.subarray(0, SIGNATURE.length)).toString('latin1') !== SIGNATURE) {
    throw new Error(`${file.path}: not a Pagefind file (no "${SIGNATURE}" signature)`);
  }
  const value: unknown = decode(bytes.subarray(SIGNATURE.length));
  if (!Array.isArray(value)) throw new Error(`${file.path}: unexpected Pagefind file (not a CBOR array)`);
  return value;
}

function writePagefindFile(value: unknown[]): Uint8Array {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), encode(value)]));
}

function isMetaChunk(value: unknown): value is MetaChunk {
  return Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string');
}
