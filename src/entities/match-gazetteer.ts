import type { Gazetteer, GazetteerEntry } from './gazetteer.ts';
import { foldKey, isCapitalized } from './normalize.ts';
import type { Token } from './tokenize.ts';

/** A gazetteer name found in the text, and how many tokens it spans. */
export interface GazetteerMatch {
  entry: GazetteerEntry;
  length: number;
}

/**
 * The longest known name starting at token `index`: words joined by spaces only, folded
 * for case and accents, but with the capitals the name requires (« Le Monde », not
 * « le monde »), and not a capitalised function word opening a sentence.
 */
export function matchGazetteer(tokens: readonly Token[], index: number, gazetteer: Gazetteer): GazetteerMatch | undefined {
  let key = '';
  let best: GazetteerMatch | undefined;
  for (let length = 1; length <= gazetteer.maxWords && index + length <= tokens.length; length++) {
    const token = tokens[index + length - 1];
    if (length > 1 && !token.joined) break;
    key = length === 1 ? foldKey(token.text) : `${key} ${foldKey(token.text)}`;
    const entry = gazetteer.names.get(key);
    if (entry && hasCapitals(tokens, index, entry)) best = { entry, length };
    if (!gazetteer.prefixes.has(key)) break; // no longer name starts with these words
  }
  return best;
}

function hasCapitals(tokens: readonly Token[], index: number, entry: GazetteerEntry): boolean {
  return entry.capitals.every((capital, offset) => !capital || isCapitalized(tokens[index + offset].text));
}
