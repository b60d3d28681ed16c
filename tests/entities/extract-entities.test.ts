import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/convert/decode-seed.ts';
import { parseSeed } from '../../src/convert/parse-seed.ts';
import { extractEntities } from '../../src/entities/extract-entities.ts';

const root = path.resolve(import.meta.dirname, '../..');
const seed = (name: string) =>
  extractEntities(parseSeed(decodeSeed(readFileSync(path.join(root, 'seeds', name))).text).paragraphs.map((p) => p.text));

describe('extractEntities on the two seeds', () => {
  const first = seed('000_1a0fa30b9826f976.txt');
  const second = seed('004_5a753ca10db2e016.txt');

  it('finds the people, places and organisations of 000', () => {
    expect(first.people).toEqual(expect.arrayContaining(['Mark Milley', 'Aviv Kochavi']));
    expect(first.places).toEqual(expect.arrayContaining(['États-Unis', 'Israël', 'Iran', 'Moyen-Orient']));
    expect(first.organizations).toContain('Pentagone');
  });

  it('finds the people, places, organisations and sources of 004', () => {
    expect(second.people).toEqual(expect.arrayContaining(['Herzi Halevi', 'Eric Kurella', 'Barak Ravid']));
    const places = ['Israël', 'Bahreïn', 'Manama', 'Gaza', 'Émirats arabes unis', 'Arabie saoudite', 'Jordanie', 'Égypte', 'Iran', 'États-Unis', 'Royaume-Uni', 'France'];
    expect(second.places).toEqual(expect.arrayContaining(places));
    expect(second.organizations).toEqual(expect.arrayContaining(['Hamas', 'Pentagone', 'Walla', 'Axios', 'US Central Command']));
    expect(second.sources.some((source) => source === 'Axios' || source === 'Walla')).toBe(true);
  });

  it('takes no capitalised sentence opening for a person', () => {
    for (const people of [first.people, second.people]) {
      for (const name of people) expect(name).not.toMatch(/^(?:Le|La|Les|Alors|Outre|Elle|Cette)\b/);
    }
    expect(first.people).toHaveLength(2);
    expect(second.people).toHaveLength(3);
  });
});

describe('extractEntities on French forms', () => {
  it('reads countries through elisions, demonyms and compound adjectives', () => {
    const { places } = extractEntities(["L'alliance américano-israélienne inquiète l'Iran et les forces russes, d'après les diplomates d'Ukraine."]);
    expect(places).toEqual(['États-Unis', 'Israël', 'Iran', 'Russie', 'Ukraine']);
  });

  it('knows a country under another name and keeps order of first mention', () => {
    const { places } = extractEntities(['La Grande-Bretagne et la Jordanie ont aidé Israël. Le Royaume-Uni a confirmé.']);
    expect(places).toEqual(['Royaume-Uni', 'Jordanie', 'Israël']);
  });

  it('does not read a language as a country', () => {
    expect(extractEntities(['Le communiqué a été publié en anglais et en arabe.']).places).toEqual([]);
  });

  it('merges a surname, with or without « M. », into the full name seen before', () => {
    const { people } = extractEntities([
      'Le ministre Christophe Castaner a reçu les syndicats. M. Castaner a promis des moyens ; Castaner reviendra mardi.',
    ]);
    expect(people).toEqual(['Christophe Castaner']);
  });

  it('keeps particles and prefixed surnames in names', () => {
    const { people } = extractEntities([
      "La présidente de la Commission, Ursula von der Leyen, a rencontré le général Abdel Fattah al-Burhane et Marine Le Pen.",
    ]);
    expect(people).toEqual(['Ursula von der Leyen', 'Abdel Fattah al-Burhane', 'Marine Le Pen']);
  });

  it('does not take the complement of a role for a name', () => {
    const { people, organizations } = extractEntities(['Le ministre de la Défense, Israël Katz, a parlé au ministère de la Défense.']);
    expect(people).toEqual(['Israël Katz']);
    expect(organizations).toEqual(['ministère de la Défense']);
  });

  it('takes a role just after a name as its cue, but not a role of the next sentence', () => {
    expect(extractEntities(["La marine patrouille autour d'Okinawa et des îles Senkaku, candidat au classement."]).people).toEqual(['Senkaku']);
    expect(extractEntities(["La marine patrouille autour d'Okinawa et des îles Senkaku. Son candidat a perdu."]).people).toEqual([]);
    expect(extractEntities(["La marine patrouille autour d'Okinawa et des îles Senkaku. Candidat malheureux, il a perdu."]).people).toEqual([]);
    expect(extractEntities(["La marine patrouille autour des îles Senkaku, dit-on. Candidat malheureux, il a perdu."]).people).toEqual([]);
  });

  it('takes a role shortly before a name as its cue, once: the role of the name before is not another', () => {
    expect(extractEntities(['Le ministre ukrainien des Affaires étrangères, Andriï Sybiha, est arrivé.']).people).toEqual(['Andriï Sybiha']);
    const { people } = extractEntities(["L'armée, commandée par le général Abdel Fattah al-Burhane, contrôle toujours Port-Soudan, sur la mer Rouge."]);
    expect(people).toEqual(['Abdel Fattah al-Burhane']);
    // Each paragraph starts afresh: a name at the end of the one before leaves this role alone.
    expect(extractEntities(['Le général Halevi a parlé.', 'Le porte-parole, Zorvan Kettleby, a confirmé.']).people).toEqual(['Halevi', 'Zorvan Kettleby']);
  });

  it('takes no person from the name of a party, a place or a station, whatever given names its words are', () => {
    const party = extractEntities(['Le chef du parti Rashtriya Janata Dal, Tejashwi Yadav, a dénoncé des irrégularités.']);
    expect(party.people).toEqual(['Tejashwi Yadav']);
    expect(extractEntities(["Un bateau philippin a été visé près de l'atoll de Second Thomas, dans l'archipel des Spratleys."]).people).toEqual([]);
    expect(extractEntities(["Plus de 1 200 migrants ont débarqué sur l'île d'El Hierro."]).people).toEqual([]);
    expect(extractEntities(["La foule a suivi l'audience, a rapporté Radio Ndeke Luka."]).people).toEqual([]);
    // The given-name rule still holds elsewhere.
    expect(extractEntities(['Thomas Second a été reçu à Manille.']).people).toEqual(['Thomas Second']);
  });

  it('lists a medium as a source only when the sentence cites it', () => {
    const cited = extractEntities(["Selon l'AFP, le cessez-le-feu tient. Le Monde a consacré sa une au sujet."]);
    expect(cited.organizations).toEqual(['AFP', 'Le Monde']);
    expect(cited.sources).toEqual(['AFP']);
  });

  it('tells the newspaper from the common noun', () => {
    expect(extractEntities(['Le monde a changé depuis la guerre.']).organizations).toEqual([]);
    expect(extractEntities(['Le Monde a révélé le rapport.']).sources).toEqual(['Le Monde']);
  });

  it('finds an unknown town that a preposition marks as a place', () => {
    expect(extractEntities(["Des frappes ont visé l'usine située à Natanz, près de Pokrovsk."]).places).toEqual(['Natanz', 'Pokrovsk']);
  });

  it('reads each paragraph on its own, after a longer one in the same article or in the one before', () => {
    const long = `${Array.from({ length: 400 }, (_, index) => `mot${index}`).join(' ')}, a déclaré le général Herzi Halevi à Gaza.`;
    const short = 'Le site Axios a révélé la visite.';
    const alone = extractEntities([short]);
    expect(alone).toEqual({ people: [], places: [], organizations: ['Axios'], sources: ['Axios'] });
    expect(extractEntities([long, short])).toEqual({ people: ['Herzi Halevi'], places: ['Gaza'], organizations: ['Axios'], sources: ['Axios'] });
    extractEntities([long]);
    expect(extractEntities([short])).toEqual(alone);
  });
});
