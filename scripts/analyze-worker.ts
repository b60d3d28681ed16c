// A helper thread of `AnalysisHelpers`: analyses every batch of seeds it is sent and sends
// their analyses back, in the same order.
import { parentPort } from 'node:worker_threads';
import { analyzeSeeds, type SeedFile } from '../src/convert/analyze-seed.ts';

parentPort!.on('message', (seeds: SeedFile[]) => parentPort!.postMessage(analyzeSeeds(seeds)));
