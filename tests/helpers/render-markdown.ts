import { decodeHTML } from 'entities';
import { markdownProcessor } from '../../src/content/markdown-processor.ts';

const renderer = markdownProcessor.createRenderer({});

/**
 * Renders a body with the site's Markdown processor, as the article loader does, and
 * returns its text-only paragraphs' text, the names of every element in the HTML, and all its text.
 */
export async function renderMarkdown(body: string): Promise<{ html: string; paragraphs: string[]; elements: string[]; text: string }> {
  const { code: html } = await (await renderer).render(body, {});
  const elements = [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((match) => match[1]);
  const paragraphs = [...html.matchAll(/<p>([^<]*)<\/p>/g)].map((match) => decodeHTML(match[1]));
  const text = decodeHTML(html.replace(/<[^>]*>/g, ''));
  return { html, paragraphs, elements, text };
}
