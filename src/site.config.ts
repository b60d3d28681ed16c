/** The site's identity, read by pages, layouts and metadata. */
export const site = {
  /** Name shown in the header and the browser tab. */
  title: 'Veille',
  /** One sentence on what the archive holds. */
  description: 'Archive de presse : défense, géopolitique et relations internationales.',
  /** Language of the interface, as a BCP 47 tag. */
  lang: 'fr',
  /** Public address of the site, for canonical URLs; override with SITE_URL. */
  url: process.env.SITE_URL ?? 'https://veille.example.org',
} as const;
