/** How many seeds a conversion converted and reused, and how many files it wrote. */
export interface ConvertCounts {
  /** Seeds converted (not taken from a cache); undefined when the summary does not say. */
  converted?: number;
  /** Seeds whose earlier conversion was reused. */
  unchanged?: number;
  /** Article files written because their content changed. */
  written?: number;
}

/**
 * Reads the counts from the `convert: …` line of scripts/convert.ts, leniently: the
 * wording may grow (a conversion cache adds "N converted, M unchanged"), and a count the
 * line does not give stays undefined rather than guessed.
 * `parseConvertSummary("convert: 9 seed(s) read, 9 article(s), 2 converted, 7 unchanged, 0 written")`
 * → `{ converted: 2, unchanged: 7, written: 0 }`
 */
export function parseConvertSummary(stdout: string): ConvertCounts {
  const summary = /^convert: (.*)$/m.exec(stdout)?.[1] ?? '';
  const count = (pattern: RegExp) => {
    const match = pattern.exec(summary);
    return match ? Number(match[1]) : undefined;
  };
  return {
    converted: count(/(\d+)\s+(?:seeds?(?:\(s\))?\s+)?(?:re-?)?converted\b/i),
    unchanged: count(/(\d+)\s+(?:seeds?(?:\(s\))?\s+)?(?:unchanged|reused|cached|skipped)\b/i),
    written: count(/(\d+)\s+(?:files?(?:\(s\))?\s+)?written\b/i),
  };
}

/**
 * Seconds per phase from the `convert: phases: …` line that scripts/convert.ts prints with
 * `--phases`, in order; empty when there is none.
 * `parseConvertPhases("convert: phases: read 0.19 s, analyse 4.82 s")` → `{ read: 0.19, analyse: 4.82 }`
 */
export function parseConvertPhases(stdout: string): Record<string, number> {
  const line = /^convert: phases: (.*)$/m.exec(stdout)?.[1] ?? '';
  return Object.fromEntries([...line.matchAll(/(\w+) ([\d.]+) s/g)].map(([, phase, seconds]) => [phase, Number(seconds)]));
}
