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
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    const line = PLAIN_KEY.test(key) ? entry(key, value) : undefined;
    if (line === undefined) return yaml().stringify(withoutUndefined(data), YAML_OPTIONS);
    lines += line;
  }
  return lines === '' ? yaml().stringify({}, YAML_OPTIONS) : lines;
}

function entry(key: string, value: unknown): string | undefined {
  // yaml writes −0 as `-0`, which a template string would not.
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0))) {
    return `${key}: ${value}\n`;
  }
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value);
    return quoted.includes('\\') ? undefined : `${key}: ${quoted}\n`;
  }
  if (!Array.isArray(value)) return undefined;
  if (value.length === 0) return `${key}: []\n`;
  let lines = `${key}:\n`;
  for (const item of value) {
    if (typeof item !== 'string') return undefined;
    const quoted = JSON.stringify(item);
    if (quoted.includes('\\')) return undefined;
    lines += `  - ${quoted}\n`;
  }
  return lines;
}

function withoutUndefined(data: ArticleData): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}
