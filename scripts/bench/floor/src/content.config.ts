import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The MDX files the converter wrote for the benchmark; only the title is read, the rest of
// the front matter passes through unchecked, as a site without a schema of its own would.
const articlesDir = process.env.FLOOR_ARTICLES_DIR;
if (!articlesDir) throw new Error('FLOOR_ARTICLES_DIR must name the folder of converted articles');

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: articlesDir }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { articles };
