import { describe, expect, it } from 'vitest';
import { famousSurname } from '../../../../src/facts/actors/rules/famous-surname.js';
import { claimOf } from '../helpers.js';

describe('famousSurname', () => {
  it('knows a famous leader by surname alone', () => {
    expect(claimOf(famousSurname, 'The man said he supported Trump and nobody else.', 'Trump')![0]).toMatchObject({ type: 'person', name: 'Donald Trump' });
    expect(claimOf(famousSurname, 'Crowds cheered for Macron at the summit.', 'Macron')![0]).toMatchObject({ name: 'Emmanuel Macron', mention: { text: 'Macron' } });
  });
  it('passes on unknown surnames and on longer runs', () => {
    expect(claimOf(famousSurname, 'Crowds cheered for Dravek at the summit.', 'Dravek')).toBeNull();
    expect(claimOf(famousSurname, 'Crowds cheered for Ilse Macron at the summit.', 'Ilse Macron')).toBeNull();
  });
});
