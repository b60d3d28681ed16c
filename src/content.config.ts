import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleLoader } from './content/article-loader.ts';
import { z } from 'astro/zod';
import { articleSchema } from './schema/article.ts';

/** Folder of the generated articles; tests point it at a corpus of their own. */
const articlesDir = process.env.VEILLE_ARTICLES_DIR ?? './content/articles';

/** Articles generated from the seeds by `npm run convert`; the entry id is the slug. */
const articles = defineCollection({
  loader: articleLoader({ base: articlesDir }),
  schema: articleSchema,
});

/** Hand-written pages such as « À propos », committed with the project. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: z.strictObject({
    /** Title of the page. */
    title: z.string().min(1),
    /** One-sentence summary for listings and metadata. */
    description: z.string().min(1),
  }),
});

export const collections = { articles, pages };
