import { describe, expect, it } from 'vitest';
import { slashDesignator } from '../../../../src/facts/equipment/rules/slash-designator.js';
import { found, spans } from './helpers.js';

describe('slashDesignator', () => {
  it('reads a designator written with slashes, with its category from the prefix', () => {
    expect(found(slashDesignator, 'Crews loaded an F/A-18E onto the deck.').map((c) => [c.model, c.category]))
      .toEqual([['F/A-18E', 'aircraft']]);
  });

  it('reads "AN/" designations as radars', () => {
    expect(found(slashDesignator, 'An AN/TPY-2 radar was moved.').map((c) => [c.model, c.category]))
      .toEqual([['AN/TPY-2', 'radar']]);
  });

  it('takes a known maker before it and a system name after it, the maker as make', () => {
    const text = 'The Boeing F/A-18F Hornet landed.';
    expect(spans(slashDesignator, text)).toEqual(['Boeing F/A-18F Hornet']);
    expect(found(slashDesignator, text)[0]).toMatchObject({ model: 'Boeing F/A-18F Hornet', make: 'Boeing', origin: null });
  });

  it('needs a known prefix standing as its own word', () => {
    expect(found(slashDesignator, 'XF/A-18 and Q/ZX-12 were codes.')).toEqual([]);
  });
});
