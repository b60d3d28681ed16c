import type { Gazetteer, GazetteerEntry, NameNode } from './gazetteer.ts';
import type { Spelling, Tokens } from './tokenize.ts';

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
export function matchGazetteer(tokens: Tokens, index: number, gazetteer: Gazetteer): GazetteerMatch | undefined {
  let node: NameNode | undefined = gazetteer.tree;
  let best: GazetteerMatch | undefined;
  for (let length = 1; index + length <= tokens.length; length++) {
    const token = index + length - 1;
    if (length > 1 && !tokens.joined(token)) break;
    node = node.next?.get(tokens.key(token));
    if (!node) break;
    if (node.entry && hasCapitals(tokens, index, node.entry)) best = { entry: node.entry, length };
    if (!node.next) break; // no longer name starts with these words
  }
  return best;
}

/**
 * False when no known name starts with this word, which `matchGazetteer` then need not try:
 * no name starts with its word, or every one that does wants it capitalised and it is not
 * (« la », « parti », which open « La Haye » and « Parti socialiste »).
 */
export function mayStartName(word: Spelling, gazetteer: Gazetteer): boolean {
  return (gazetteer.tree.next?.has(word.key) ?? false) && (word.capitalized || gazetteer.lowerStarts.has(word.key));
}

// A loop rather than `every` with a function: that function, made anew at each name matched
// (tens in an article), was most of what matching names allocated.
function hasCapitals(tokens: Tokens, index: number, entry: GazetteerEntry): boolean {
  const { capitals } = entry;
  for (let offset = 0; offset < capitals.length; offset++) if (capitals[offset] && !tokens.capitalized(index + offset)) return false;
  return true;
}
