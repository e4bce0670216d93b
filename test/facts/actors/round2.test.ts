import { describe, expect, it } from 'vitest';
import { acronym } from '../../../src/facts/actors/rules/acronym.js';
import { acronymDefinitions, termAcronyms } from '../../../src/facts/actors/rules/acronym-definitions.js';
import { famousSurname } from '../../../src/facts/actors/rules/famous-surname.js';
import { productModel } from '../../../src/facts/actors/rules/product-model.js';
import { singleWordOrganization } from '../../../src/facts/actors/rules/single-word-organization.js';
import { titledPerson } from '../../../src/facts/actors/rules/titled-person.js';
import { vesselName } from '../../../src/facts/actors/rules/vessel-name.js';
import type { CandidateRule } from '../../../src/facts/actors/rules/rule.js';
import { tokenize } from '../../../src/facts/actors/tokens.js';
import { createTextDocument } from '../../../src/facts/text/document.js';
import { actorsOf, find, runNamed, runsOf } from './helpers.js';

function apply(rule: CandidateRule, text: string, run: string) {
  const { ctx, runs } = runsOf(text);
  return rule.claim(runNamed(runs, run), ctx);
}

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('acronym precision', () => {
  it('drops technical terms, shouted words and model codes', () => {
    expect(apply(acronym, 'The laptop has a faster CPU than before.', 'CPU')).toEqual([]);
    expect(apply(acronym, 'Prices are HUGE this week, the shop said.', 'HUGE')).toEqual([]);
    expect(apply(acronym, 'It ships with a ZTX 4090 graphics card.', 'ZTX')).toEqual([]);
  });
  it('drops acronyms defined as lower-case terms or spelling a hardware name', () => {
    const text = 'The probe carries a ground penetrating sonar (GPS2) and a thermal imaging radar (TIR). The Orbital Cargo Vehicle flew; the OCV landed.';
    const doc = createTextDocument(text);
    const terms = termAcronyms(text, tokenize(doc));
    expect(terms.has('TIR')).toBe(true);
    expect(terms.has('OCV')).toBe(true);
    expect(apply(acronym, text, 'OCV')).toEqual([]);
  });
  it('keeps an acronym the text defines as a body', () => {
    expect(apply(acronym, 'The Coastal Rescue Service (CRS) said the CRS was ready.', 'CRS')![0]!.type).toBe('organization');
  });
});

describe('acronymDefinitions', () => {
  it('reads inner capitals, a skipped word, foreign initials and "known by its initials"', () => {
    const defs = acronymDefinitions(
      'A deal with SkyHarbor Launch Services (SHLS) stalled. Officials at Veltria’s National Mapping and Survey Office (BPK) agreed. '
      + 'The Office of the Regional Commissioner for Water (ORCW) objected. The Veltrian Navy, known by its local initials MVL, sailed.',
    );
    expect(defs.get('SHLS')).toBe('SkyHarbor Launch Services');
    expect(defs.get('BPK')).toBe('National Mapping and Survey Office');
    expect(defs.get('ORCW')).toBe('Office of the Regional Commissioner for Water');
    expect(defs.get('MVL')).toBe('Veltrian Navy');
  });
  it('merges the defined acronym into the organization', () => {
    const actors = actorsOf('The Veltrian Navy, known by its local initials MVL, sailed on Monday. MVL ships returned later.');
    expect(actors.filter((a) => a.type === 'organization').map((a) => a.name)).toEqual(['Veltrian Navy']);
  });
  it('lets the article redefine an acronym the lexicon knows', () => {
    const actors = actorsOf('The Armed Forces of Veltria (AFP) said on Monday that AFP patrols would continue.');
    expect(find(actors, 'Agence France-Presse')).toBeUndefined();
    expect(find(actors, 'Armed Forces of Veltria')!.mentions.map((m) => m.text)).toEqual(['Armed Forces of Veltria', 'AFP', 'AFP']);
  });
});

describe('single words that are not bodies', () => {
  it('drops planets, products named before a product noun, and ships', () => {
    expect(names('Scientists said Europa has an ocean. Europa is cold, and Europa has ice.')).not.toContain('Europa');
    expect(names('The air force bought Harrow jets. The Harrow fighter is fast; Harrow jets fly low. Harrow has radar.')).not.toContain('Harrow');
    expect(apply(vesselName, 'The frigate HMS Dauntless sailed.', 'HMS Dauntless')).toEqual([]);
    expect(names('The destroyer JS Kirisame sailed, and officials said the Kirisame was on patrol. The Kirisame has radar.')).not.toContain('Kirisame');
  });
  it('drops model names with a variant numeral or letter', () => {
    expect(apply(productModel, 'The army received 20 Viper II armored vehicles.', 'Viper II')).toEqual([]);
    expect(apply(productModel, 'It flies the Tarn Falcon jets now.', 'Tarn Falcon')).toEqual([]);
  });
  it('takes a class noun before a name as an organization', () => {
    expect(find(actorsOf('The drones came from Turkish manufacturer Baykon on Monday.'), 'Baykon')?.type).toBe('organization');
    expect(find(actorsOf('He was quoted by the state news agency Pelita on Monday.'), 'Pelita')?.type).toBe('organization');
  });
  it('does not trust capitals outside English', () => {
    const german = 'Die Digitalisierung der Verwaltung ist ein Ziel, das die Regierung mit dem Gesetz und den Behörden verfolgt. Die Patienten haben Daten.';
    expect(names(german)).toEqual([]);
  });
});

describe('people', () => {
  it('knows a famous leader by surname alone', () => {
    expect(apply(famousSurname, 'The man said he supported Trump and nobody else.', 'Trump')![0]).toMatchObject({ type: 'person', name: 'Donald Trump' });
  });
  it('reads a title with a portfolio before the name', () => {
    const [p] = apply(titledPerson, 'On Monday Secretary of State Marla Quentin Ross arrived.', 'Secretary of State Marla Quentin Ross')!;
    expect(p).toMatchObject({ name: 'Marla Quentin Ross', roles: ['Secretary of State'] });
    const [q] = apply(titledPerson, 'Then Minister of Foreign Affairs Ana Lucia Ferreira spoke.', 'Minister of Foreign Affairs Ana Lucia Ferreira')!;
    expect(q).toMatchObject({ name: 'Ana Lucia Ferreira' });
  });
  it('keeps "Cabinet Secretary" a title and a numeral without a given name off people', () => {
    expect(apply(titledPerson, 'Later Defence Cabinet Secretary Rose Kamau spoke.', 'Defence Cabinet Secretary Rose Kamau')![0]!.name).toBe('Rose Kamau');
    expect(names('The army bought 24 Falcon II vehicles, Falcon II engineers said.')).not.toContain('Falcon II');
  });
  it('joins a common noun possessive inside an organization name', () => {
    expect(names('Ships of the People’s Maritime Militia Force followed.')).toContain('People’s Maritime Militia Force');
  });
});

describe('singleWordOrganization', () => {
  it('still takes an acting unknown word', () => {
    expect(apply(singleWordOrganization, 'Yesterday Zorvex said it would hire.', 'Zorvex')![0]!.type).toBe('organization');
  });
});

describe('lower-case ministries and listed organizations', () => {
  it('names a ministry written in lower case after its country', () => {
    const actors = actorsOf('Talks stalled on Monday. Later Norway’s foreign ministry said it had no comment.');
    expect(find(actors, 'Norwegian Foreign Ministry')!.mentions.map((m) => m.text)).toEqual(['foreign ministry']);
    expect(find(actors, 'Norway')?.type).toBe('country');
  });
  it('takes an unknown word listed between organizations as one', () => {
    const actors = actorsOf('The group bought Harbor Pictures, Quintrel and Zappify Inc. over ten years.');
    expect(find(actors, 'Quintrel')?.type).toBe('organization');
  });
  it('does not take a word joined by "and" alone, without a comma list', () => {
    expect(names('Unlike the Quintrel and Zappify Inc. cases, this one was quick.')).not.toContain('Quintrel');
  });
});

describe('groups and appositive aliases', () => {
  it('emits demonym-led acting collectives and unnamed armed groups as groups', () => {
    const actors = actorsOf('Later Kenyan troops withdrew, and jihadist groups moved into the area.');
    expect(find(actors, 'Kenyan troops')).toMatchObject({ type: 'group', affiliation: 'Kenya' });
    expect(find(actors, 'jihadist groups')?.type).toBe('group');
  });
  it('takes a described apposition as an alias of the organization', () => {
    const actors = actorsOf('Talks with Kosmoprom, the Russian space agency, stalled on Monday. The Russian Space Agency later said it would wait.');
    const orgs = actors.filter((a) => a.type === 'organization');
    expect(orgs.map((a) => a.name)).toEqual(['Kosmoprom']);
    expect(orgs[0]!.mentions.map((m) => m.text)).toEqual(['Kosmoprom', 'Russian space agency', 'Russian Space Agency']);
  });
});

describe('surname standing alone', () => {
  it('makes a two-word name a person when its last word recurs alone', () => {
    const actors = actorsOf('The deal was led by Kester Varnholt last year. Investors trusted Varnholt, and Varnholt had promised a rise.');
    expect(find(actors, 'Kester Varnholt')?.type).toBe('person');
    expect(find(actors, 'Varnholt')).toBeUndefined();
  });
  it('leaves a brand and its product alone', () => {
    const actors = actorsOf('Fans of Zentrop like Zentrop Velox. Later Velox sold out, and Zentrop was pleased.');
    expect(find(actors, 'Zentrop Velox')?.type).not.toBe('person');
  });
});

describe('run shapes', () => {
  it('drops a trailing title but keeps one inside a complement', () => {
    expect(names('A bill passed the Veltrian House of Delegates Speaker on Monday, officials said.')).toContain('Veltrian House of Delegates');
    expect(names('The case went to the International Court of Justice on Monday.')).toContain('International Court of Justice');
  });
  it('ignores several words in capitals', () => {
    expect(names('PORT ELLIS — Crews worked late. PRICES WILL DROP SOON, the sign read.')).toEqual([]);
  });
  it('does not glue two full names joined by "and"', () => {
    const found = names('The contract went to Orvane Robotics and Tellis Nano Systems Inc. last year.');
    expect(found).toContain('Tellis Nano Systems Inc.');
    expect(found.some((n) => n.includes(' and '))).toBe(false);
    expect(names('Talks with the Department of Homeland Security and Alex Marden failed.')).toContain('Alex Marden');
  });
});
