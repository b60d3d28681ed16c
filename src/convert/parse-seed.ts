import { flatCopy } from '../lib/flat-copy.ts';
import { error, type Problem } from './problem.ts';

/** Header keys a seed may set; each overrides what the converter would derive. */
export const HEADER_KEYS = [
  'title',
  'date',
  'slug',
  'lang',
  'description',
  'people',
  'places',
  'organizations',
  'topics',
  'sources',
] as const;

/** Header keys whose value is a list separated by `;` (`people: Mark Milley; Aviv Kochavi`). */
export const LIST_KEYS = ['people', 'places', 'organizations', 'topics', 'sources'] as const;

/** One header key. */
export type HeaderKey = (typeof HEADER_KEYS)[number];

/** A header value with the line it came from. */
export interface HeaderField {
  value: string;
  line: number;
}

/** A paragraph of the body with the line it came from. */
export interface Paragraph {
  text: string;
  line: number;
}

/** A seed split into its optional header and its paragraphs. */
export interface ParsedSeed {
  header: Partial<Record<HeaderKey, HeaderField>>;
  paragraphs: Paragraph[];
  problems: Problem[];
}

// `date 2024-06`, alone or followed by the first sentence on the same line. Loose on
// separators and digits so that a malformed date is reported rather than read as text.
const BARE_DATE = /^date\s+(\d{4}(?:[-/.]\d{1,2}){0,2})(?=\s|$)\s*(.*)$/i;
// `key: value`. A known key is read in any case (`Title:`); an unknown one is an error only
// when lower-case, so that ordinary sentences (« Selon lui : … ») and addresses
// (`https://…`) stay article text.
const KEY_VALUE = /^([A-Za-z][A-Za-z_-]*)\s*:(?!\/\/)\s*(.*)$/;

/**
 * Splits normalised seed text into header fields and paragraphs.
 * The header is the run of `key: value` lines and `date YYYY[-MM[-DD]]` at the very start;
 * after it, every non-empty line is a paragraph.
 *
 * `" date 2024-06 Le chef…\n\nLa réunion…"` → header `{ date: "2024-06" }`, paragraphs `["Le chef…", "La réunion…"]`.
 */
export function parseSeed(text: string): ParsedSeed {
  const lines = text.split('\n');
  const header: ParsedSeed['header'] = {};
  const problems: Problem[] = [];
  let index = 0;
  while (index < lines.length && lines[index].trim() === '') index++;

  let firstBodyLine: Paragraph | undefined;
  for (; index < lines.length; index++) {
    const line = lines[index].trim();
    const lineNumber = index + 1;
    const bareDate = BARE_DATE.exec(line);
    const keyValue = bareDate ? undefined : KEY_VALUE.exec(line);
    if (bareDate) {
      setField(header, 'date', bareDate[1], lineNumber, problems);
      if (bareDate[2] !== '') {
        firstBodyLine = { text: flatCopy(bareDate[2]), line: lineNumber };
        index++;
        break;
      }
    } else if (keyValue && (isHeaderKey(keyValue[1].toLowerCase()) || /^[a-z]/.test(keyValue[1]))) {
      const key = keyValue[1].toLowerCase();
      if (!isHeaderKey(key)) {
        problems.push(
          error(`unknown header key "${key}"`, lineNumber, `known keys: ${HEADER_KEYS.join(', ')}`),
        );
        continue;
      }
      setField(header, key, keyValue[2].trim(), lineNumber, problems);
    } else {
      break;
    }
  }

  const paragraphs: Paragraph[] = firstBodyLine ? [firstBodyLine] : [];
  for (; index < lines.length; index++) {
    const line = lines[index].trim();
    // Each paragraph on its own: the analysis reads them unit by unit (see flatCopy).
    if (line !== '') paragraphs.push({ text: flatCopy(line), line: index + 1 });
  }
  return { header, paragraphs, problems };
}

function setField(
  header: ParsedSeed['header'],
  key: HeaderKey,
  value: string,
  line: number,
  problems: Problem[],
): void {
  const previous = header[key];
  if (previous) {
    problems.push(error(`header key "${key}" given twice (first on line ${previous.line})`, line));
    return;
  }
  header[key] = { value, line };
}

function isHeaderKey(key: string): key is HeaderKey {
  return (HEADER_KEYS as readonly string[]).includes(key);
}
