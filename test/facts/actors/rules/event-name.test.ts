import { describe, expect, it } from 'vitest';
import { isEventName, isEventText } from '../../../../src/facts/actors/rules/event-name.js';
import { actorsOf, runNamed, runsOf } from '../helpers.js';

const wordsOf = (text: string, name: string) => runNamed(runsOf(text).runs, name).tokens;

describe('isEventName', () => {
  it('reads a name ending in a tournament word as an event', () => {
    const text = 'Mara Quill won the Harbour Lakes Open, then the Dunmore Classic and the Veltria Cup.';
    expect(isEventName(wordsOf(text, 'Harbour Lakes Open'))).toBe(true);
    expect(isEventName(wordsOf(text, 'Dunmore Classic'))).toBe(true);
    expect(isEventName(wordsOf(text, 'Veltria Cup'))).toBe(true);
  });
  it('leaves bodies and single words alone', () => {
    const text = 'The Dunmore Rovers board met. Later Open was printed on the door.';
    expect(isEventName(wordsOf(text, 'Dunmore Rovers'))).toBe(false);
    expect(isEventName(wordsOf(text, 'Open'))).toBe(false);
  });
});

describe('isEventName past a weekday', () => {
  it('reads the event before a weekday the name ran into', () => {
    // Runs already stop before a weekday; a tagger span may not, so the words are taken as the tagger could.
    const { tokens } = runsOf('Mara Quill led the Harbour Lakes Open Thursday by two shots.').ctx;
    const from = tokens.findIndex((t) => t.text === 'Harbour');
    expect(isEventName(tokens.slice(from, from + 4))).toBe(true);
    expect(isEventName(tokens.slice(from + 3, from + 4))).toBe(false);
  });
});

describe('document names and event texts', () => {
  it('reads a name ending in a document word as no body', () => {
    const text = 'The war ended with the Harlow Protocol, and later the Dunmore Accord.';
    expect(isEventName(wordsOf(text, 'Harlow Protocol'))).toBe(true);
    expect(isEventName(wordsOf(text, 'Dunmore Accord'))).toBe(true);
  });
  it('tells event texts from bodies, a lone event word only after "The"', () => {
    expect(isEventText('The Treaty')).toBe(true);
    expect(isEventText('Treaty')).toBe(true);
    expect(isEventText('the Cup')).toBe(true);
    expect(isEventText('Velm Cup')).toBe(true);
    expect(isEventText('Cup')).toBe(false);
    expect(isEventText('Harlow Rovers')).toBe(false);
    expect(isEventText('The Harlow Group')).toBe(false);
  });
  it('keeps a shape guess that names an event out of the organizations', () => {
    const actors = actorsOf('Seeds for next year\'s Veltria Cup team event were set by the club on Monday.');
    expect(actors.some((a) => a.type === 'organization' && /Cup/.test(a.name))).toBe(false);
  });
});
