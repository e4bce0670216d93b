import { describe, expect, it } from 'vitest';
import { acronym } from '../../../src/facts/actors/rules/acronym.js';
import { acronymDefinitions } from '../../../src/facts/actors/rules/acronym-definitions.js';
import { capitalAsGovernment } from '../../../src/facts/actors/rules/capital-as-government.js';
import { countryGazetteer } from '../../../src/facts/actors/rules/country-gazetteer.js';
import { identityOnly } from '../../../src/facts/actors/rules/identity-only.js';
import { knownOrganization } from '../../../src/facts/actors/rules/known-organization.js';
import { organizationShape } from '../../../src/facts/actors/rules/organization-shape.js';
import { personByCues } from '../../../src/facts/actors/rules/person-by-cues.js';
import { placeOnly } from '../../../src/facts/actors/rules/place-only.js';
import { trimPositionalCapitals } from '../../../src/facts/actors/rules/run-shape.js';
import { singleWordOrganization } from '../../../src/facts/actors/rules/single-word-organization.js';
import { titledPerson } from '../../../src/facts/actors/rules/titled-person.js';
import type { CandidateRule } from '../../../src/facts/actors/rules/rule.js';
import { runNamed, runsOf } from './helpers.js';

function apply(rule: CandidateRule, text: string, run: string) {
  const { ctx, runs } = runsOf(text);
  return rule.claim(runNamed(runs, run), ctx);
}

describe('titledPerson', () => {
  it('splits title, name and a demonym affiliation', () => {
    const [p] = apply(titledPerson, 'Yesterday Moldovan Prime Minister Dorin Vasile spoke.', 'Moldovan Prime Minister Dorin Vasile')!;
    expect(p).toMatchObject({ type: 'person', name: 'Dorin Vasile', roles: ['Prime Minister'], affiliation: 'Moldova' });
  });
  it('reads abbreviated titles', () => {
    const [p] = apply(titledPerson, 'A letter from Sen. Maura Quill arrived.', 'Sen. Maura Quill')!;
    expect(p).toMatchObject({ name: 'Maura Quill', roles: ['Sen.'] });
  });
  it('takes a party word before the title as the affiliation', () => {
    const out = apply(titledPerson, 'Later Republican Gov. Tom Avery left.', 'Republican Gov. Tom Avery')!;
    expect(out[0]).toMatchObject({ name: 'Tom Avery', affiliation: 'Republican Party' });
    expect(out[1]).toMatchObject({ type: 'organization', name: 'Republican Party' });
  });
  it('passes on a run with no name after the title', () => {
    expect(apply(titledPerson, 'He met the Prime Minister today.', 'Prime Minister')).toBeNull();
  });
});

describe('countryGazetteer and capitalAsGovernment', () => {
  it('finds countries by alias', () => {
    expect(apply(countryGazetteer, 'Aid from the U.K. arrived.', 'U.K.')![0]).toMatchObject({ type: 'country', name: 'United Kingdom' });
  });
  it('folds a capital acting as a government into its country', () => {
    expect(apply(capitalAsGovernment, 'Later Ankara has rejected the offer.', 'Ankara')![0]).toMatchObject({ name: 'Turkey' });
    expect(apply(capitalAsGovernment, 'Relations with Ottawa improved.', 'Ottawa')![0]).toMatchObject({ name: 'Canada' });
  });
  it('treats a capital after a locative preposition as a place', () => {
    expect(apply(capitalAsGovernment, 'The talks were held in Ankara last week.', 'Ankara')).toEqual([]);
  });
});

describe('organizationShape', () => {
  it('recognizes head nouns, complements, a mid-sentence The and class nouns', () => {
    expect(apply(organizationShape, 'Officials at the Latvian Interior Ministry said so.', 'Latvian Interior Ministry')![0]!.type).toBe('organization');
    expect(apply(organizationShape, 'a probe by the Bureau of Fisheries found it.', 'Bureau of Fisheries')![0]!.type).toBe('organization');
    expect(apply(organizationShape, 'as reported by The Morning Ledger on Sunday.', 'The Morning Ledger')![0]!.name).toBe('The Morning Ledger');
    expect(apply(organizationShape, 'footage from the Radio Kalo broadcaster showed it.', 'Radio Kalo')![0]!.name).toBe('Radio Kalo');
    expect(apply(organizationShape, 'a deal with Zentrix Corp. last year.', 'Zentrix Corp.')![0]!.type).toBe('organization');
  });
  it('keeps a government noun in the name', () => {
    expect(apply(organizationShape, 'the Karelia government said no.', 'Karelia')![0]!.name).toBe('Karelia government');
  });
  it('recognizes an organization appositive', () => {
    expect(apply(organizationShape, 'He joined Harakat al-Nur, an armed group based in the hills.', 'Harakat al-Nur')![0]!.type).toBe('organization');
  });
});

describe('acronym and knownOrganization', () => {
  it('takes an all-capital word as an organization but not common abbreviations', () => {
    expect(apply(acronym, 'A statement from the WTA followed.', 'WTA')![0]!.type).toBe('organization');
    expect(apply(acronym, 'The CEO resigned after the vote.', 'CEO')).toEqual([]);
  });
  it('knows international bodies without a head noun', () => {
    expect(apply(knownOrganization, 'Fighters loyal to Islamic State withdrew.', 'Islamic State')![0]!.name).toBe('Islamic State');
  });
  it('reads acronym definitions', () => {
    expect(acronymDefinitions('members of the Ostrava Dockworkers Union (ODU) struck').get('ODU')).toBe('Ostrava Dockworkers Union');
  });
});

describe('identityOnly, placeOnly, trimPositionalCapitals', () => {
  it('drops demonyms and identity words', () => {
    expect(apply(identityOnly, 'Many Bolivians and Catholics joined.', 'Bolivians')).toEqual([]);
  });
  it('drops places after a locative preposition or before a place noun', () => {
    expect(apply(placeOnly, 'They lived in Verbrook for years.', 'Verbrook')).toEqual([]);
    expect(apply(placeOnly, 'the Verbrook region is dry.', 'Verbrook')).toEqual([]);
  });
  it('drops sentence-initial common words', () => {
    const { ctx, rawRuns } = runsOf('During Talks the rain fell.');
    expect(trimPositionalCapitals(runNamed(rawRuns, 'During Talks'), ctx)?.text).toBe('Talks');
  });
});

describe('personByCues and singleWordOrganization', () => {
  it('finds untitled people by a role noun, an appositive or a speech verb', () => {
    expect(apply(personByCues, 'said chairman Odo Varga on Friday.', 'Odo Varga')![0]!.roles).toEqual(['chairman']);
    expect(apply(personByCues, 'Ileana Brusk, a nurse at the clinic, said so.', 'Ileana Brusk')![0]!.type).toBe('person');
    expect(apply(personByCues, 'Tarek Oumou said the vote was fair.', 'Tarek Oumou')![0]!.type).toBe('person');
  });
  it('does not make a person of one unexplained word', () => {
    expect(apply(personByCues, 'the deal with Zelvo closed.', 'Zelvo')).toBeNull();
  });
  it('takes a single acting or camel-case word as an organization', () => {
    expect(apply(singleWordOrganization, 'Yesterday Zelvo said it would appeal.', 'Zelvo')![0]!.type).toBe('organization');
    expect(apply(singleWordOrganization, 'an offer from DataHive arrived.', 'DataHive')![0]!.type).toBe('organization');
    expect(apply(singleWordOrganization, 'a photo of Kestrel at dawn.', 'Kestrel')).toEqual([]);
  });
});
