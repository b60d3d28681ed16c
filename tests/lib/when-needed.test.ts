import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { whenNeeded } from '../../src/lib/when-needed.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('whenNeeded', () => {
  it('gives the package, the same each time', () => {
    const yaml = whenNeeded<typeof import('yaml')>('yaml');
    expect(yaml().stringify({ a: 1 })).toBe('a: 1\n');
    expect(yaml()).toBe(yaml());
    // An ES module only package, through require.
    expect(whenNeeded<typeof import('@sindresorhus/slugify')>('@sindresorhus/slugify')().default('Été à Gaza')).toBe('ete-a-gaza');
  });

  it('leaves the writers out of the converter until a text needs them', () => {
    // Every module a Node process loads, then what the converter's modules loaded, and what each text added.
    const script = `
      import { registerHooks } from 'node:module';
      const loaded = [];
      registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
      const at = (file) => import(${JSON.stringify(root)} + '/src/convert/' + file);
      const [{ toMdxBody }, { renderMdx }, { deriveSlug }] = await Promise.all([at('to-mdx-body.ts'), at('render-mdx.ts'), at('derive-slug.ts')]);
      const packages = () => ['yaml', 'mdast-util-to-markdown', '@sindresorhus/slugify'].filter((name) => loaded.some((url) => url.includes('/node_modules/' + name + '/')));
      const steps = [packages()];
      toMdxBody(['Un texte ordinaire.']); renderMdx({ title: 'Titre' }, ''); deriveSlug('seeds/deja-un-slug.txt');
      steps.push(packages());
      toMdxBody(['Un {x} à échapper']); steps.push(packages());
      renderMdx({ title: 'Un "titre"' }, ''); steps.push(packages());
      deriveSlug('seeds/Été 2024.txt'); steps.push(packages());
      console.log(JSON.stringify(steps));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      [],
      [],
      ['mdast-util-to-markdown'],
      ['yaml', 'mdast-util-to-markdown'],
      ['yaml', 'mdast-util-to-markdown', '@sindresorhus/slugify'],
    ]);
    expect(run.stderr).toBe('');
  });
});
