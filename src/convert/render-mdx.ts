import { stringify } from 'yaml';
import type { ArticleData } from '../schema/article.ts';

/**
 * The MDX file of an article: YAML front matter, then the escaped body.
 * Every string is double-quoted so that YAML never reads a value as a date, a number
 * or a boolean, and the output is byte-identical for the same input.
 */
export function renderMdx(data: ArticleData, body: string): string {
  const frontMatter = stringify(withoutUndefined(data), {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
  });
  return `---\n${frontMatter}---\n\n${body}`;
}

function withoutUndefined(data: ArticleData): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}
