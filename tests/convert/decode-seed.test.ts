import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/convert/decode-seed.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const errors = (bytes: Uint8Array) => decodeSeed(bytes).problems.filter((p) => p.severity === 'error');

describe('decodeSeed', () => {
  it('reads plain UTF-8 as is, with no problem', () => {
    expect(decodeSeed(utf8('Café « Israël » — 5 €'))).toEqual({
      text: 'Café « Israël » — 5 €',
      encoding: 'utf-8',
      problems: [],
    });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const decoded = decodeSeed(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Été')]));
    expect(decoded.text).toBe('Été');
    expect(decoded.encoding).toBe('utf-8-bom');
    expect(decoded.problems).toEqual([]);
  });

  it('reports invalid UTF-8 after a UTF-8 byte-order mark', () => {
    const decoded = decodeSeed(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xe9]));
    expect(decoded.problems).toMatchObject([{ severity: 'error', message: expect.stringMatching(/invalid UTF-8/) }]);
  });

  it.each(['utf-16le', 'utf-16be'])('reads %s with a byte-order mark, BOM dropped', (encoding) => {
    const bytes = iconv.encode('Le général « Halevi » à Bahreïn', encoding, { addBOM: true });
    expect(decodeSeed(bytes)).toEqual({ text: 'Le général « Halevi » à Bahreïn', encoding, problems: [] });
  });

  it('falls back to Windows-1252 with a warning naming the encoding', () => {
    const bytes = iconv.encode('Café « Israël » — 5 €', 'windows-1252');
    expect(bytes).toHaveLength(21); // one byte per character: this really is not UTF-8
    const decoded = decodeSeed(bytes);
    expect(decoded.text).toBe('Café « Israël » — 5 €');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.problems).toHaveLength(1);
    expect(decoded.problems[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('Windows-1252') });
  });

  it('turns CRLF and lone CR line ends into LF', () => {
    expect(decodeSeed(utf8('un\r\ndeux\rtrois\n\r\nquatre')).text).toBe('un\ndeux\ntrois\n\nquatre');
  });

  it('normalises line ends of UTF-16 and Windows-1252 input too', () => {
    expect(decodeSeed(iconv.encode('a\r\nb', 'utf-16le', { addBOM: true })).text).toBe('a\nb');
    expect(decodeSeed(iconv.encode('é\r\nè\rà', 'windows-1252')).text).toBe('é\nè\nà');
  });

  it('reads each seed on its own, whatever the seed before it held', () => {
    const truncated = utf8('Un été').subarray(0, 4); // ends in the middle of « é »
    const after = [decodeSeed(truncated), decodeSeed(utf8('été')), decodeSeed(utf8('a\rb')), decodeSeed(utf8('ab'))];
    expect(after.map(({ text, encoding }) => [text, encoding])).toEqual([
      ['Un Ã', 'windows-1252'],
      ['été', 'utf-8'],
      ['a\nb', 'utf-8'],
      ['ab', 'utf-8'],
    ]);
  });

  it('normalises decomposed (NFD) text to NFC', () => {
    const nfd = 'Israël, Bahreïn, Égypte'.normalize('NFD');
    expect(nfd).not.toBe('Israël, Bahreïn, Égypte');
    expect(decodeSeed(utf8(nfd)).text).toBe('Israël, Bahreïn, Égypte');
  });

  it('rejects bytes containing NUL as binary', () => {
    const decoded = decodeSeed(new Uint8Array([...utf8('Bonjour'), 0, ...utf8(' le monde')]));
    expect(decoded.text).toBe('');
    expect(decoded.problems).toMatchObject([{ severity: 'error', message: expect.stringMatching(/binary/) }]);
  });

  it('rejects random binary data', () => {
    const allBytes = Uint8Array.from({ length: 1024 }, (_, i) => i % 256);
    expect(errors(allBytes)).toMatchObject([{ message: expect.stringMatching(/binary/) }]);
    expect(decodeSeed(allBytes).text).toBe('');
  });

  it('rejects binary data even without NUL bytes (too many control characters)', () => {
    const noNul = Uint8Array.from({ length: 1024 }, (_, i) => (i % 255) + 1);
    expect(errors(noNul)).toMatchObject([{ message: 'binary file, not text' }]);
  });

  it('removes a few stray control characters with a warning that counts them', () => {
    const text = 'Le général\u0007 a rencontré\u001b ses homologues à Manama lundi\u0085 dernier.';
    const decoded = decodeSeed(utf8(text));
    expect(decoded.text).toBe('Le général a rencontré ses homologues à Manama lundi dernier.');
    expect(decoded.problems).toEqual([expect.objectContaining({ severity: 'warning', message: '3 control character(s) removed' })]);
  });

  it('keeps tabs and line feeds, which are not stray controls', () => {
    expect(decodeSeed(utf8('a\tb\nc'))).toEqual({ text: 'a\tb\nc', encoding: 'utf-8', problems: [] });
  });

  it('reads an empty file as empty UTF-8 text without problem', () => {
    expect(decodeSeed(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', problems: [] });
  });
});
