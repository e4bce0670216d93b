import { describe, expect, it } from 'vitest';
import { countryOfCapital, countryOfDemonym, findCountryByName } from '../../../src/facts/text/countries.js';

describe('findCountryByName', () => {
  it('finds short names, official names and abbreviations', () => {
    expect(findCountryByName('United States')?.code).toBe('US');
    expect(findCountryByName('U.S.')?.code).toBe('US');
    expect(findCountryByName('USA')?.code).toBe('US');
    expect(findCountryByName('America')?.code).toBe('US');
    expect(findCountryByName('Britain')?.name).toBe('United Kingdom');
    expect(findCountryByName('UK')?.name).toBe('United Kingdom');
    expect(findCountryByName('Russian Federation')?.name).toBe('Russia');
  });
  it('ignores case for full names and a leading article', () => {
    expect(findCountryByName('UNITED STATES')?.code).toBe('US');
    expect(findCountryByName('the Netherlands')?.code).toBe('NL');
  });
  it('does not take the pronoun "us" for the United States', () => {
    expect(findCountryByName('us')).toBeNull();
  });
  it('returns null for non-countries', () => {
    expect(findCountryByName('Texas')).toBeNull();
    expect(findCountryByName('Moscow')).toBeNull();
  });
});

describe('countryOfDemonym', () => {
  it('keeps Niger and Nigeria apart', () => {
    expect(countryOfDemonym('Nigerien')?.name).toBe('Niger');
    expect(countryOfDemonym('Nigerian')?.name).toBe('Nigeria');
  });
  it('accepts plurals', () => {
    expect(countryOfDemonym('Russians')?.name).toBe('Russia');
    expect(countryOfDemonym('Frenchmen')?.name).toBe('France');
    expect(countryOfDemonym('French')?.name).toBe('France');
  });
  it('returns null for other words', () => {
    expect(countryOfDemonym('Monday')).toBeNull();
  });
});

describe('countryOfCapital', () => {
  it('maps capitals to their countries', () => {
    expect(countryOfCapital('Moscow')?.name).toBe('Russia');
    expect(countryOfCapital('Washington')?.name).toBe('United States');
    expect(countryOfCapital('Niamey')?.name).toBe('Niger');
  });
  it('returns null for cities that are not capitals', () => {
    expect(countryOfCapital('Chicago')).toBeNull();
  });
});
