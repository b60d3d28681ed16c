import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A package loaded the first time the returned function is called rather than with the
 * module that needs it: the converter needs the MDX and YAML writers and the slug maker only
 * for the few texts its own shortcuts leave them, and importing them took a third of its
 * start, in every run and in every thread. Loaded with `require`, which Node gives ES modules
 * too, so that code that does not wait can ask for it.
 * `const yaml = whenNeeded<typeof import('yaml')>('yaml'); yaml().stringify({ a: 1 })`
 */
export function whenNeeded<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}
