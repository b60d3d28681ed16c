import type { Paragraph, Root } from 'mdast';
import type { Options } from 'mdast-util-to-markdown';
import { whenNeeded } from '../lib/when-needed.ts';

// Only for the paragraphs that are not plain (see PLAIN).
const mdxExtension = whenNeeded<typeof import('mdast-util-mdx')>('mdast-util-mdx');
const markdownWriter = whenNeeded<typeof import('mdast-util-to-markdown')>('mdast-util-to-markdown');

// MDX reads a paragraph that opens with `import` or `export` as an ES module statement
// and runs it; the MDX stringifier does not escape that case, so its first letter is
// written as a character reference, which MDX reads back as the plain letter.
const ESM_START = /^(?=(?:import|export)\b)([ie])/gm;
const ESM_AT = /(?:import|export)\b/y;
// What else `^` takes for a line start in a multiline expression.
const OTHER_LINE_END = /[\r\u2028\u2029]/;
// A paragraph the stringifier writes unchanged. Its escaping rules (`unsafe` in
// mdast-util-to-markdown and the MDX extensions) act, inside a paragraph, only on
// `* < [ ] _ ` { \ &`, tabs and line ends; at the start of a line on `# + - = > ~` and
// digits before `.` or `)`; and on a space at either end. A text with none of these has
// nothing to escape: it is written as it is, which the tests check against the stringifier.
const PLAIN = /^(?![#+\-=>~ ]|\d+[.)])[^*<[\]_`{\\&\t\r\n]+(?<! )$/;
// An ampersand is escaped only before `#` or a Latin letter, where it could open a character
// reference (`&amp;`, `&#38;`): « Mail & Guardian » has nothing to escape, « AT&T » has. A
// paragraph that PLAIN turns down for such ampersands alone is plain as well: it is tried
// again with each one replaced by a letter, which changes nothing else PLAIN looks at.
// On the benchmark's articles, where one paragraph in a hundred names « Mail & Guardian »,
// the stringifier they went to took 70 ms of analysing 5,000 seeds.
const SAFE_AMPERSAND = /&(?![#A-Za-z])/g;

/**
 * The MDX body of an article: one paragraph per input string, every character that
 * MDX, Markdown or HTML would interpret escaped, so that the page shows exactly the text
 * and nothing in it runs. The escaping is remark's own (`mdast-util-to-markdown` with the
 * MDX extension), plus the ESM case above; plain paragraphs, which it would leave as they
 * are, skip it.
 * `["a {b} <c>"]` → `"a \\{b} \\<c>\n"`
 */
export function toMdxBody(paragraphs: readonly string[]): string {
  // Line ends or empty paragraphs would change how paragraphs join: the stringifier decides.
  if (paragraphs.some((text) => text === '' || /[\r\n]/.test(text))) return unesm(stringify(tree(paragraphs)));
  if (paragraphs.length === 0) return '\n';
  const escaped = paragraphs.map((text) => (isPlain(text) ? text : stringify(tree([text])).slice(0, -1)));
  // The final line end joined with the rest rather than added after: the body is then one
  // string from the start, not a pair that its first search copies into one.
  escaped[escaped.length - 1] += '\n';
  return unesm(escaped.join('\n\n'));
}

/** True when the stringifier would write the paragraph unchanged (see PLAIN). */
function isPlain(text: string): boolean {
  return PLAIN.test(text) || (text.includes('&') && PLAIN.test(text.replace(SAFE_AMPERSAND, 'a')));
}

function stringify(root: Root): string {
  return markdownWriter().toMarkdown(root, (options ??= { extensions: [mdxExtension().mdxToMarkdown()] }));
}

let options: Options | undefined;

function tree(paragraphs: readonly string[]): Root {
  const children = paragraphs.map((text): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: text }] }));
  return { type: 'root', children };
}

function unesm(markdown: string): string {
  // The expression is tried at every character of the body. With `\n` as the only line end
  // (nearly always), the line starts are found faster with `indexOf`, and only they are tried.
  if (OTHER_LINE_END.test(markdown)) return markdown.replace(ESM_START, escapeLetter);
  let escaped = '';
  let copied = 0;
  for (let line = 0; line >= 0; line = next(markdown, line)) {
    ESM_AT.lastIndex = line;
    if (!ESM_AT.test(markdown)) continue;
    escaped += markdown.slice(copied, line) + escapeLetter(markdown[line]);
    copied = line + 1;
  }
  return copied === 0 ? markdown : escaped + markdown.slice(copied);
}

/** The start of the line after the one at `line`, −1 after the last. */
function next(markdown: string, line: number): number {
  const end = markdown.indexOf('\n', line);
  return end < 0 ? -1 : end + 1;
}

function escapeLetter(letter: string): string {
  return `&#x${letter.charCodeAt(0).toString(16)};`;
}
