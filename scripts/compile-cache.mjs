// Preloaded by the project's commands (`node --import ./scripts/compile-cache.mjs …`, see
// package.json): it turns Node's compile cache on before the first TypeScript module loads.
// A run whose code did not change then takes every module's stripped source and compiled
// code from disk, and never loads Node's TypeScript stripper, a WebAssembly module that
// costs about 0.3 s a run. Plain JavaScript, since a TypeScript file here would load it.
// The cache is Node's own: $NODE_COMPILE_CACHE, else a folder of the system's temporary
// folder, keyed by each file's content and the Node.js version; it never changes a result.
import { enableCompileCache, getCompileCacheDir } from 'node:module';
import path from 'node:path';

enableCompileCache();
// Worker threads (the conversion's helpers) and child processes inherit it through the
// environment: the folder Node was given, not the one it made inside it for this version of
// Node, in which a child would make another, apart from this process' code.
const directory = getCompileCacheDir();
if (directory) process.env.NODE_COMPILE_CACHE = path.dirname(directory);
