import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatCopy } from '../../src/lib/flat-copy.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('flatCopy', () => {
  it('gives the same code units, surrogate halves and all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.nat(40), (text, from) => {
        const line = `${'x'.repeat(from)}${text}`.slice(from);
        expect(flatCopy(line)).toBe(line);
      }),
    );
  });

  it('stores a line of a longer text on its own, where V8 would keep a view into the text', () => {
    // The engine's own account of the strings, which only its natives syntax prints.
    const script = `
      const { flatCopy } = await import(${JSON.stringify(path.join(root, 'src/lib/flat-copy.ts'))});
      const text = 'Le chef d’état-major « des armées » a déclaré ceci.\\n'.repeat(20);
      const line = text.split('\\n')[3];
      %DebugPrint(line);
      %DebugPrint(flatCopy(line));
      %DebugPrint(flatCopy('Ligne simple de texte latin.\\n'.repeat(3).split('\\n')[1]));
    `;
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const types = [...run.stdout.matchAll(/ - type: (\w+)/g)].map((match) => match[1]);
    expect(types).toEqual(['SLICED_TWO_BYTE_STRING_TYPE', 'SEQ_TWO_BYTE_STRING_TYPE', 'SEQ_ONE_BYTE_STRING_TYPE']);
  });

  it('leaves a string too short to be a view as it is', () => {
    expect(flatCopy('')).toBe('');
    expect(flatCopy('Le chef.')).toBe('Le chef.');
  });
});
