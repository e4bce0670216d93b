import { describe, expect, it } from 'vitest';
import { vesselName } from '../../../../src/facts/actors/rules/vessel-name.js';
import { claimOf } from '../helpers.js';

describe('vesselName', () => {
  it('drops a ship named after its prefix', () => {
    expect(claimOf(vesselName, 'The frigate HMS Dauntless sailed.', 'HMS Dauntless')).toEqual([]);
    expect(claimOf(vesselName, 'The cruiser USS Halberd Mason left port.', 'USS Halberd Mason')).toEqual([]);
  });
  it('passes on a prefix alone and on other names', () => {
    expect(claimOf(vesselName, 'Sailors of the USS met.', 'USS')).toBeNull();
    expect(claimOf(vesselName, 'The crew of Halberd Mason met.', 'Halberd Mason')).toBeNull();
  });
});
