import { z } from 'astro/zod';

/**
 * A URL segment that can only name a page inside the site: lower-case ASCII letters
 * and digits in hyphen-separated runs, so no `/`, `..`, dot or space can appear.
 */
export const SAFE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest slug accepted; keeps file names well under every file system's limit. */
export const MAX_SLUG_LENGTH = 120;

/** The zod type of a safe slug. */
export const slugSchema = z
  .string()
  .max(MAX_SLUG_LENGTH)
  .regex(SAFE_SLUG, 'lower-case ASCII letters, digits and single hyphens only');
