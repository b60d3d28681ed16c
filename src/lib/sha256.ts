import { hash } from 'node:crypto';

/** SHA-256 of some bytes, or of a text as UTF-8, in hex: in one call, without a hash object per digest. */
export function sha256(data: Uint8Array | string): string {
  return hash('sha256', data, 'hex');
}
