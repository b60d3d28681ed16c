import { sha256 } from '../lib/sha256.ts';
import type { SeedFile } from './analyze-seed.ts';

/** SHA-256 of a seed's bytes, hex: the one its reader worked out, if it did. */
export function seedHash(seed: SeedFile): string {
  return seed.hash ?? sha256(seed.bytes);
}
