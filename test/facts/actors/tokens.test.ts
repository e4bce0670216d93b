import { describe, expect, it } from 'vitest';
import { isAsciiSpace, lowerText, onlySpaces, tokenize } from '../../../src/facts/actors/tokens.js';
import { lowerCased } from '../../../src/facts/actors/lexicons.js';
import { createTextDocument } from '../../../src/facts/text/document.js';
import { names, runsOf } from './helpers.js';

const runTexts = (text: string): string[] => runsOf(text).runs.map((r) => r.text);

describe('capitalizedRuns', () => {
  it('joins an organization head with its of/for complement', () => {
    expect(runTexts('She called the Ministry of Foreign Affairs on Monday.')).toContain('Ministry of Foreign Affairs');
    expect(runTexts('He works at the Center for Coastal Studies now.')).toContain('Center for Coastal Studies');
  });
  it('continues across a possessive only before a head noun', () => {
    expect(runTexts("the State Attorney's Office for the Northern District of Ostrava said so.")).toContain(
      "State Attorney's Office for the Northern District of Ostrava",
    );
    expect(runTexts("Karel Novak's Brother visited us.")).not.toContain("Karel Novak's Brother");
  });
  it('joins "and" only when the run ends in an organization head', () => {
    expect(runTexts('a report by the Fishing and Forestry Council found it.')).toContain('Fishing and Forestry Council');
    expect(runTexts('troops from Mali and Chad arrived.')).toEqual(expect.arrayContaining(['Mali', 'Chad']));
  });
  it('starts a new run after a corporate suffix and "and"', () => {
    expect(runTexts('It competes with Harlan Seating Inc and Lumen Corp. in seats.')).toEqual(expect.arrayContaining(['Harlan Seating Inc', 'Lumen Corp.']));
    expect(runTexts('Buyers are Harbor Trust Inc. and Quillon Corp., analysts said.')).toEqual(expect.arrayContaining(['Harbor Trust Inc.', 'Quillon Corp.']));
  });
  it('keeps name particles inside a person name', () => {
    expect(runTexts('the cleric Karim bin Tahar spoke.')).toContain('Karim bin Tahar');
  });
  it('keeps two name particles in a row inside a person name', () => {
    expect(runTexts('the forward Joop van der Merwald scored.')).toContain('Joop van der Merwald');
    expect(runTexts('the singer Ana de la Fuenta sang.')).toContain('Ana de la Fuenta');
  });
  it('splits a capitalized modifier from its participle', () => {
    expect(runTexts('the NDP-led Assembly voted.')).toEqual(expect.arrayContaining(['NDP', 'Assembly']));
  });
  it('ignores datelines, hashtags and headline-case lines', () => {
    const runs = runTexts('BRATISLAVA (AP) — The plan failed.\n\nRead More About Our Great Coverage Today\n\nSee #BigNews online.');
    expect(runs).not.toContain('BRATISLAVA');
    expect(runs).not.toContain('Great Coverage Today');
    expect(runs).not.toContain('BigNews');
  });
});

describe('tokenize word scanner', () => {
  const words = (text: string): string[] => tokenize(createTextDocument(text)).map((t) => t.text);
  it('reads dotted capitals, joined words and a trailing plus as one word', () => {
    // One "+" at most; a separator joins only when a word character follows it ("rock-’n’-roll" is three words).
    expect(words('The U.S.A. team met AT&T and C++ fans in rock-’n’-roll town.')).toEqual([
      'The', 'U.S.A.', 'team', 'met', 'AT&T', 'and', 'C+', 'fans', 'in', 'rock', 'n', 'roll', 'town',
    ]);
  });
  it('keeps combining marks and astral letters inside a word, and skips emoji', () => {
    expect(words('Ko\u0301ln 😀 𝐀lpha x-\u0301y')).toEqual(['Ko\u0301ln', '𝐀lpha', 'x-\u0301y']);
  });
  it('leaves a separator with no word after it outside the word', () => {
    const tokens = tokenize(createTextDocument("Brenna' said -- ok&"));
    expect(tokens.map((t) => [t.text, t.start, t.end])).toEqual([['Brenna', 0, 6], ['said', 8, 12], ['ok', 16, 18]]);
  });
});

describe('lower-case helpers', () => {
  it('lowerCased equals toLowerCase, returning plain lower-case ASCII words as they are', () => {
    for (const word of ['ministry', 'Ministry', 'NATO', 'Élysée', 'straße', 'U.S.', '']) expect(lowerCased(word)).toBe(word.toLowerCase());
    const plain = 'council';
    expect(lowerCased(plain)).toBe(plain);
  });
  it('lowerText gives the token text lower-cased, keeping an abbreviation period', () => {
    const tokens = tokenize(createTextDocument('Gen. Halvorsen met the Council in Oslo.'));
    expect(tokens.map(lowerText)).toEqual(['gen.', 'halvorsen', 'met', 'the', 'council', 'in', 'oslo']);
    expect(tokens.map(lowerText)).toEqual(tokens.map((t) => t.text.toLowerCase()));
  });
  it('onlySpaces is true for one space or more between two offsets, nothing else', () => {
    const text = 'Lena  Brandt,\tsaid';
    expect(onlySpaces(text, 4, 6)).toBe(true);
    expect(onlySpaces(text, 4, 4)).toBe(false);
    expect(onlySpaces(text, 12, 14)).toBe(false);
    expect(onlySpaces(text, 6, 4)).toBe(false);
  });
  it('isAsciiSpace knows space, tab and line breaks only', () => {
    expect([' ', '\t', '\n', '\r', 'x', '\u00a0'].map((c) => isAsciiSpace(c.charCodeAt(0)))).toEqual([true, true, true, true, false, false]);
  });
});

describe('capitalizedRuns in whole articles', () => {
  it('continues "X for the Y of Z" and "X for Y on Z and W"', () => {
    const text = 'A report from the Institute for the Review of Tides agreed with the Centre for Studies on Coal and Clean Water on Monday.';
    expect(names(text)).toEqual(['Institute for the Review of Tides', 'Centre for Studies on Coal and Clean Water']);
  });
  it('joins a common noun possessive inside an organization name', () => {
    expect(names('Ships of the People’s Maritime Militia Force followed.')).toContain('People’s Maritime Militia Force');
  });
  it('does not glue two full names joined by "and"', () => {
    const found = names('The contract went to Orvane Robotics and Tellis Nano Systems Inc. last year.');
    expect(found).toContain('Tellis Nano Systems Inc.');
    expect(found.some((n) => n.includes(' and '))).toBe(false);
    expect(names('Talks with the Department of Homeland Security and Alex Marden failed.')).toContain('Alex Marden');
  });
});
