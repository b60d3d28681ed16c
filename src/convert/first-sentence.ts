const SENTENCES = new Intl.Segmenter('fr', { granularity: 'sentence' });

// Abbreviations after which a full stop does not end a sentence (« M. Castaner »,
// « Gén. Halevi »), and lone capitals (initials: « J. Biden »).
const ABBREVIATION = /(?:^|[\s(«"'’])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|Gén|Col|Cdt|Lt|Cpt|av|apr|J\.-C|etc|cf|p|vol|n°|[A-Z])\.\s*$/u;

/**
 * The first sentence of a paragraph, using the platform's Unicode sentence rules
 * and rejoining the breaks they make after common French abbreviations.
 * `"M. Dupont est venu. Il a parlé."` → `"M. Dupont est venu."`
 */
export function firstSentence(paragraph: string): string {
  let sentence = '';
  for (const { segment } of SENTENCES.segment(paragraph)) {
    sentence += segment;
    if (!ABBREVIATION.test(sentence)) break;
  }
  return sentence.trim();
}
