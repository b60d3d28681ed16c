import type { ArticleData } from '../schema/article.ts';
import { whenNeeded } from '../lib/when-needed.ts';

// Only for what `entry` does not write itself.
const yaml = whenNeeded<typeof import('yaml')>('yaml');

const YAML_OPTIONS = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 } as const;
// Keys YAML reads as plain strings: lower camel case, and not a YAML boolean or null.
const PLAIN_KEY = /^(?!(?:true|false|null)$)[a-z][A-Za-z]*$/;

/**
 * The MDX file of an article: YAML front matter, then the escaped body.
 * Every string is double-quoted so that YAML never reads a value as a date, a number
 * or a boolean, and the output is byte-identical for the same input.
 */
export function renderMdx(data: ArticleData, body: string): string {
  return `---\n${frontMatter(data)}---\n\n${body}`;
}

/**
 * The front matter as `yaml`'s `stringify` writes it with the options above. Strings
 * whose JSON form has no escape, booleans, integers and lists of such strings are written
 * directly, as it would write them (JSON's double-quoted form is then YAML's, and the
 * tests compare the two); anything else goes through `yaml` itself.
 */
function frontMatter(data: ArticleData): string {
  let lines = '';
  for (const key of Object.keys(data)) {
    const value = data[key as keyof ArticleData];
    if (value === undefined) continue;
    const line = isPlainKey(key) ? entry(key, value) : undefined;
    if (line === undefined) return yaml().stringify(withoutUndefined(data), YAML_OPTIONS);
    lines += line;
  }
  return lines === '' ? yaml().stringify({}, YAML_OPTIONS) : lines;
}

// The schema's keys, each tried once rather than once per article: the expression's lookahead
// made trying them 30 ms of writing 5,000 front matters, which now take 52 ms in all (107
// before, with a JSON form made of each string, and an array of each key and value).
const plainKeys = new Map<string, boolean>();

function isPlainKey(key: string): boolean {
  let plain = plainKeys.get(key);
  if (plain === undefined) plainKeys.set(key, (plain = PLAIN_KEY.test(key)));
  return plain;
}

function entry(key: string, value: unknown): string | undefined {
  // yaml writes −0 as `-0`, which a template string would not.
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0))) {
    return `${key}: ${value}\n`;
  }
  if (typeof value === 'string') return isQuotable(value) ? `${key}: "${value}"\n` : undefined;
  if (!Array.isArray(value)) return undefined;
  if (value.length === 0) return `${key}: []\n`;
  let lines = `${key}:\n`;
  for (const item of value) {
    if (typeof item !== 'string' || !isQuotable(item)) return undefined;
    lines += `  - "${item}"\n`;
  }
  return lines;
}

// What JSON escapes in a string, but for lone surrogates (see isQuotable).
const JSON_ESCAPED = /["\\\u0000-\u001F]/;

/** True when a string's JSON form is the string between double quotes: nothing in it is escaped. */
function isQuotable(text: string): boolean {
  return !JSON_ESCAPED.test(text) && text.isWellFormed();
}

function withoutUndefined(data: ArticleData): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}
