import { evaluate } from '@mdx-js/mdx';

interface Element {
  type: unknown;
  props: { children?: unknown };
}

/**
 * Compiles MDX with the real MDX compiler and runs it with a minimal JSX runtime that
 * builds a plain tree, then returns the rendered paragraphs' text, the element types and all the text.
 */
export async function renderMdx(mdx: string): Promise<{ paragraphs: string[]; types: string[]; text: string }> {
  const runtime = {
    Fragment: 'fragment',
    jsx: (type: unknown, props: Element['props']): Element => ({ type, props }),
    jsxs: (type: unknown, props: Element['props']): Element => ({ type, props }),
  };
  const { default: Content } = await evaluate(mdx, runtime as never);
  const tree = (Content as (props: object) => Element)({});
  const paragraphs: string[] = [];
  const types: string[] = [];
  walk(tree, types, paragraphs);
  return { paragraphs, types, text: allText(tree) };
}

function walk(node: unknown, types: string[], paragraphs: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, types, paragraphs);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const element = node as Element;
  types.push(String(element.type));
  if (element.type === 'p') paragraphs.push(text(element.props.children));
  else walk(element.props.children, types, paragraphs);
}

/** Every text in the tree, in order, without the element markers of `text`. */
function allText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(allText).join('');
  if (typeof node === 'object' && node !== null) return allText((node as Element).props.children);
  return '';
}

function text(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(text).join('');
  if (typeof node === 'object' && node !== null) return `<${String((node as Element).type)}>${text((node as Element).props.children)}`;
  return '';
}
