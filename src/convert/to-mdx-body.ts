import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';

// MDX reads a paragraph that opens with `import` or `export` as an ES module statement
// and runs it; the MDX stringifier does not escape that case, so its first letter is
// written as a character reference, which MDX reads back as the plain letter.
const ESM_START = /^(?=(?:import|export)\b)([ie])/gm;

/**
 * The MDX body of an article: one paragraph per input string, every character that
 * MDX, Markdown or HTML would interpret escaped, so that the page shows exactly the text
 * and nothing in it runs. The escaping is remark's own (`mdast-util-to-markdown` with the
 * MDX extension), plus the ESM case above.
 * `["a {b} <c>"]` → `"a \\{b} \\<c>\n"`
 */
export function toMdxBody(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })),
  };
  const markdown = toMarkdown(tree, { extensions: [mdxToMarkdown()] });
  return markdown.replace(ESM_START, (letter) => `&#x${letter.charCodeAt(0).toString(16)};`);
}
