import type { Gazetteer, GazetteerEntry, NameNode } from './gazetteer.ts';
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
  let node: NameNode | undefined = gazetteer.tree;
  let best: GazetteerMatch | undefined;
  for (let length = 1; index + length <= tokens.length; length++) {
    const token = tokens[index + length - 1];
    if (length > 1 && !token.joined) break;
    node = node.next?.get(token.key);
    if (!node) break;
    if (node.entry && hasCapitals(tokens, index, node.entry)) best = { entry: node.entry, length };
    if (!node.next) break; // no longer name starts with these words
  }
  return best;
}

/**
 * False when no known name starts with this token, which `matchGazetteer` then need not try:
 * no name starts with its word, or every one that does wants it capitalised and it is not
 * (« la », « par », which open « La Haye » and « Parti socialiste »).
 */
export function mayStartName(token: Token, gazetteer: Gazetteer): boolean {
  return (gazetteer.tree.next?.has(token.key) ?? false) && (token.capitalized || gazetteer.lowerStarts.has(token.key));
}

function hasCapitals(tokens: readonly Token[], index: number, entry: GazetteerEntry): boolean {
  return entry.capitals.every((capital, offset) => !capital || tokens[index + offset].capitalized);
}
