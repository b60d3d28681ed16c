import { describe, expect, it } from 'vitest';
import { convertSeeds } from '../../src/convert/convert-seeds.ts';
import { generateCorpus } from '../../scripts/bench/corpus.ts';

// A corpus large enough that topics are ranked among many articles and every entity rule
// fires; its front matter is pinned so that making the converter faster never changes it.
const corpus = generateCorpus(40, 11).map(({ name, text }) => ({ path: `seeds/${name}`, bytes: new TextEncoder().encode(text) }));

describe('convertSeeds on a generated corpus', () => {
  it('gives the pinned front matter of every article', async () => {
    const { files } = convertSeeds(corpus);
    const frontMatter = [...files].map(([name, { mdx }]) => `# ${name}\n${mdx.slice(4, mdx.indexOf('\n---\n') + 1)}`).join('\n');
    await expect(frontMatter).toMatchFileSnapshot('./golden/corpus-front-matter.yaml');
  }, 60_000);
});
