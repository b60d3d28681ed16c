/** Where an article body uses syntax that MDX and plain Markdown read differently, and why. */
export interface MdxOnlySyntax {
  /** 1-based line and column in the text given. */
  line: number;
  column: number;
  reason: string;
  hint: string;
}

const ESM_LINE = /^(?:import|export)\s/;
// Markdown reads a line indented by four columns as code, also after a quote or list
// marker; MDX reads it as text. The converter never opens a line with a space or a tab
// (it writes them as character references), so any is refused, as is a tab or four
// spaces after a marker.
const INDENTED_LINE = /^[ \t]/;
const CODE_AFTER_MARKER = /^(?:(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]))[ \t]*)*?(?:>|[-+*]|\d{1,9}[.)])(?: {4}| {0,3}\t)/;
// Markdown ends a line with two spaces or more, or a backslash, as a line break; MDX does not.
const BREAKING_SPACES = / {2,}\r?$/;

/**
 * The first place where a body leaves the part of MDX that reads exactly as CommonMark:
 * a JSX tag or HTML (`<`), an expression (`{`), an `import`/`export` statement, an
 * indented line, or a line ending in a line break. A body without any of them renders
 * to the same HTML through the site's Markdown processor as through the MDX compiler,
 * and contains nothing that can run.
 * The converter writes only such bodies: it escapes every `<` and `{`, and writes the
 * spaces and tabs that open or end a line, and the first letter of a paragraph opening with
 * `import`/`export` as character references. A backslash escapes the character after
 * it, in MDX as in Markdown. The check errs on the safe side: `<` or `{` inside a code
 * span is refused as well.
 */
export function findMdxOnlySyntax(body: string): MdxOnlySyntax | undefined {
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index];
    const at = (column: number, reason: string, hint: string) => ({ line: index + 1, column, reason, hint });
    if (ESM_LINE.test(text)) return at(1, 'a line opening with "import" or "export" is an MDX statement', 'write its first letter as &#x69; or &#x65;');
    if (INDENTED_LINE.test(text) || CODE_AFTER_MARKER.test(text)) return at(1, 'an indented line is code in Markdown and text in MDX', 'remove the indentation');
    if (BREAKING_SPACES.test(text)) return at(text.trimEnd().length + 1, 'spaces at the end of a line break it in Markdown, not in MDX', 'remove them');
    const end = text.endsWith('\r') ? text.length - 1 : text.length;
    for (let column = 0; column < end; column++) {
      const char = text[column];
      if (char === '\\') {
        if (column === end - 1) return at(column + 1, 'a backslash at the end of a line breaks it in Markdown, not in MDX', 'remove it or escape it as \\\\');
        column++;
      } else if (char === '<') return at(column + 1, '"<" opens a JSX tag or HTML', 'escape it as \\<');
      else if (char === '{') return at(column + 1, '"{" opens an MDX expression', 'escape it as \\{');
    }
  }
  return undefined;
}
