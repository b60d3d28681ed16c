/**
 * Whether `line` is one of the lines of `text`, whose lines (each ended by `\n` or `\r\n`,
 * the last one maybe not) are distinct and in code-unit order: a binary search in the text
 * itself. A list of two hundred thousand names is looked up so without cutting it into as
 * many strings, or parsing the package's JSON of them, each of which took longer than
 * reading the file.
 * `hasLine('Anne\r\nPaul\r\nZoé', 'Paul')` → true
 */
export function hasLine(text: string, line: string): boolean {
  // Offsets from `low` (a line start) to `high` (exclusive) hold the lines left to compare.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = middle === 0 ? 0 : text.lastIndexOf('\n', middle - 1) + 1;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const candidate = text.slice(start, end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end);
    if (candidate === line) return true;
    if (candidate < line) low = end + 1;
    else high = start;
  }
  return false;
}
