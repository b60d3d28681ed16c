import iconv from 'iconv-lite';
import { error, warning, type Problem } from './problem.ts';

/** The text of a seed file and how it was read. */
export interface DecodedSeed {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252`. */
  encoding: string;
  problems: Problem[];
}

// Characters that have no place in text: C0 and C1 controls but tab and line ends.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// A carriage return or a control character: most texts have neither, and are read once for both.
const RETURN_OR_CONTROL = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Above this share (and count) of control characters a file is data, not an article;
// a few stray ones in a short text are only removed.
const BINARY_SHARE = 0.05;
const BINARY_MIN_CONTROLS = 8;

/**
 * Decodes a seed's bytes into normalised text: BOMs honoured (UTF-8, UTF-16 LE/BE),
 * UTF-8 otherwise, Windows-1252 (a superset of Latin-1's printable range) when the bytes
 * are not valid UTF-8; line ends become `\n`, the text becomes Unicode NFC, stray control
 * characters are removed with a warning. Binary input is an error.
 *
 * The detection is written by hand rather than with a statistical detector (chardet,
 * jschardet): strict UTF-8 validation is exact, and the only legacy encoding newsroom
 * files come in is Windows-1252, which statistical guesses confuse on short French texts.
 */
export function decodeSeed(bytes: Uint8Array): DecodedSeed {
  const problems: Problem[] = [];
  const { raw, encoding } = decodeBytes(bytes, problems);
  if (raw === undefined) return { text: '', encoding, problems };

  if (!RETURN_OR_CONTROL.test(raw)) return { text: raw.normalize('NFC'), encoding, problems };
  let text = raw.replace(/\r\n?/g, '\n').normalize('NFC');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes('\u0000') || (controls >= BINARY_MIN_CONTROLS && controls / text.length > BINARY_SHARE)) {
    problems.push(error('binary file, not text', undefined, 'seeds must be plain-text articles'));
    return { text: '', encoding, problems };
  }
  if (controls > 0) {
    text = text.replace(CONTROL, '');
    problems.push(warning(`${controls} control character(s) removed`));
  }
  return { text, encoding, problems };
}

function decodeBytes(bytes: Uint8Array, problems: Problem[]): { raw?: string; encoding: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const raw = strictUtf8(bytes.subarray(3));
    if (raw === undefined) problems.push(error('invalid UTF-8 after a UTF-8 byte-order mark'));
    return { raw, encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { raw: iconv.decode(buffer, 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { raw: iconv.decode(buffer, 'utf-16be'), encoding: 'utf-16be' };
  if (bytes.includes(0)) {
    problems.push(error('binary file (contains NUL bytes), not text', undefined, 'seeds must be plain-text articles'));
    return { encoding: 'binary' };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { raw: utf8, encoding: 'utf-8' };
  problems.push(
    warning('not UTF-8: read as Windows-1252 (Latin-1)', undefined, 'save the file as UTF-8 to silence this warning'),
  );
  return { raw: iconv.decode(buffer, 'windows-1252'), encoding: 'windows-1252' };
}

// One decoder for every seed: a decoder keeps no state between calls that do not stream.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
