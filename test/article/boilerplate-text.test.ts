import { describe, expect, it } from 'vitest';
import { isBoilerplateText } from '../../src/article/content.js';

describe('isBoilerplateText (the folded caption/credit/call-to-action patterns)', () => {
  it('matches short boilerplate lines, whatever their case where case does not matter', () => {
    for (const line of [
      'ADVERTISEMENT',
      'Story continues below advertisement',
      'Sign up for the Harbour Weekly newsletter',
      'Read more: Quay plans approved',
      'Photo: Tamsin Reel / Vellmark Courier',
      '(Photo by Orrin Dale)',
      'Copyright 2031 Vellmark Courier',
      'Tags: harbour, ferries, budget',
      'Nov. 20, 2031, 9:28 AM UTC',
      '[gallery ids="12,13"] caption [/gallery]',
      'by Tamsin Reel and Orrin Dale',
    ]) expect(isBoilerplateText(line), line).toBe(true);
  });

  it('keeps case where a pattern needs it, and leaves prose alone', () => {
    // The byline pattern wants capitalized names: a sentence opening with "by" is prose.
    expect(isBoilerplateText('by the time the ferries left, the quay was empty')).toBe(false);
    expect(isBoilerplateText('The harbour board voted on Tuesday to widen the northern quay.')).toBe(false);
    expect(isBoilerplateText('Fishermen asked for a rebate on mooring fees during the closure.')).toBe(false);
  });
});
