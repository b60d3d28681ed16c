/**
 * The keys of a JSON object whose values are numbers, strings, booleans or null, read from
 * its text, in code-unit order and once each: `'{"b": 1, "a": 2}'` → `["a", "b"]`.
 * The keys alone of a large object are read several times faster so than by `JSON.parse`,
 * which builds the whole object; any other JSON goes to `JSON.parse` itself. A test holds
 * it to what `Object.keys(JSON.parse(text))` gives.
 */
export function jsonKeys(text: string): string[] {
  const keys = scanKeys(text) ?? Object.keys(JSON.parse(text) as object);
  let sorted = true;
  for (let index = 1; index < keys.length && sorted; index++) sorted = keys[index - 1] < keys[index];
  return sorted ? keys : [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Whether a sorted list of distinct keys (as `jsonKeys` gives them) holds `key`. */
export function hasKey(keys: readonly string[], key: string): boolean {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = keys[middle];
    if (candidate === key) return true;
    if (candidate < key) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The keys of a flat object, in text order; undefined for anything else. */
function scanKeys(text: string): string[] | undefined {
  const keys: string[] = [];
  let index = skipSpace(text, 0);
  if (text.charCodeAt(index) !== 0x7b) return undefined;
  index = skipSpace(text, index + 1);
  if (text.charCodeAt(index) === 0x7d) return skipSpace(text, index + 1) === text.length ? keys : undefined;
  for (;;) {
    if (text.charCodeAt(index) !== QUOTE) return undefined;
    const end = stringEnd(text, index);
    if (end < 0) return undefined;
    const raw = text.slice(index + 1, end);
    keys.push(raw.includes('\\') ? (JSON.parse(text.slice(index, end + 1)) as string) : raw);
    index = skipSpace(text, end + 1);
    if (text.charCodeAt(index) !== 0x3a) return undefined;
    index = skipSpace(text, index + 1);
    if (text.charCodeAt(index) === QUOTE) {
      const valueEnd = stringEnd(text, index);
      if (valueEnd < 0) return undefined;
      index = valueEnd + 1;
    } else {
      const start = index;
      while (index < text.length && isLiteralUnit(text.charCodeAt(index))) index++;
      if (index === start) return undefined;
    }
    index = skipSpace(text, index);
    const unit = text.charCodeAt(index);
    if (unit === 0x2c) index = skipSpace(text, index + 1);
    else if (unit === 0x7d) return skipSpace(text, index + 1) === text.length ? keys : undefined;
    else return undefined;
  }
}

/** Index of the quote closing the string that opens at `start`; −1 when none does. */
function stringEnd(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit === QUOTE) return index;
    if (unit === BACKSLASH) index++;
  }
  return -1;
}

/** A character of a number, `true`, `false` or `null`. */
function isLiteralUnit(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || unit === 0x2d || unit === 0x2b || unit === 0x2e;
}

function skipSpace(text: string, index: number): number {
  while (index < text.length) {
    const unit = text.charCodeAt(index);
    if (unit !== 0x20 && unit !== 0x0a && unit !== 0x0d && unit !== 0x09) break;
    index++;
  }
  return index;
}
