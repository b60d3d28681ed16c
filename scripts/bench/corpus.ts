import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A generated seed: its file name and its text. */
export interface GeneratedSeed {
  name: string;
  text: string;
}

// The pool of sentences: the project's own hand-written French news paragraphs
// (tests/fixtures/entities), so no text is downloaded and every run sees the same words.
const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/entities');

/** Every sentence of the project's French news fixtures. */
export function sentencePool(): string[] {
  const sentences = new Set<string>();
  for (const file of ['paragraphs.json', 'held-out.json']) {
    const { paragraphs } = JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as { paragraphs: { text: string }[] };
    for (const { text } of paragraphs) for (const sentence of text.split(/(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])/u)) sentences.add(sentence.trim());
  }
  return [...sentences].filter((sentence) => sentence.length > 20);
}

/**
 * `count` seeds of realistic French press text, the same for the same `seed`: 1 to 10 KB
 * each, paragraphs of two to five sentences drawn from the pool, dated across 2005–2025 at
 * day, month or year precision (a few undated), so that archives and facets have
 * realistic sizes. `generateCorpus(2, 1)` → `[{ name: "bench-000000.txt", text: "date 2019-03-14 …" }, …]`
 */
export function generateCorpus(count: number, seed = 1, pool = sentencePool()): GeneratedSeed[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const seeds: GeneratedSeed[] = [];
  for (let i = 0; i < count; i++) {
    const targetBytes = 1000 + Math.floor(random() * random() * 9000);
    const paragraphs: string[] = [];
    let bytes = 0;
    while (bytes < targetBytes) {
      const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(pool));
      const paragraph = sentences.join(' ');
      paragraphs.push(paragraph);
      bytes += Buffer.byteLength(paragraph) + 2;
    }
    const year = 2005 + Math.floor(random() * 21);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const precision = random();
    const pad = (n: number) => String(n).padStart(2, '0');
    const date = precision < 0.03 ? undefined : precision < 0.1 ? `${year}` : precision < 0.3 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    const header = date ? `date ${date}\n\n` : '';
    seeds.push({ name: `bench-${String(i).padStart(6, '0')}.txt`, text: `${header}${paragraphs.join('\n\n')}\n` });
  }
  return seeds;
}

// A small, well-known seeded generator (Mulberry32): Math.random cannot be seeded, and a
// benchmark corpus must be the same on every run.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
