import { describe, expect, it } from 'vitest';
import { findCueAfter, findCueBefore, matchCueAt } from '../../../src/facts/quotes/cues/index.js';
import { tokenize } from '../../../src/facts/quotes/tokens.js';

function after(text: string, marker = '”') {
  const close = text.indexOf(marker);
  return findCueAfter(text, close + 1, text.length, 0);
}

function before(text: string, marker = '“') {
  return findCueBefore(text, 0, text.indexOf(marker));
}

function speakerText(a: ReturnType<typeof after>): string | null {
  if (!a) return null;
  return a.source.type === 'phrase' ? a.source.phrase.text : 'SUBJECT';
}

describe('matchCueAt', () => {
  it('reads auxiliaries and multiword cues', () => {
    const text = 'was quoted as saying';
    expect(matchCueAt(tokenize(text, 0, text.length), 0, text)?.cue).toBe('was quoted as saying');
    const text2 = 'according to the agency';
    expect(matchCueAt(tokenize(text2, 0, text2.length), 0, text2)?.according).toBe(true);
  });
});

describe('findCueAfter', () => {
  it('finds "Name said" and "said Name"', () => {
    expect(speakerText(after('“We won,” Dana Whitfield said.'))).toBe('Dana Whitfield');
    expect(speakerText(after('“We won,” said Dr. Okafor, a team physician.'))).toBe('Dr. Okafor');
  });

  it('skips an appositive between the name and the verb', () => {
    const a = after('“We won,” Whitfield, the club’s longtime captain, said on Sunday.');
    expect(speakerText(a)).toBe('Whitfield');
    expect(a?.adjacent).toBe(true);
  });

  it('finds pronouns and descriptions', () => {
    expect(speakerText(after('“It is over,” she said in a statement.'))).toBe('she');
    expect(speakerText(after('“Troops are ready,” one of the officers was quoted as saying.'))).toBe('one of the officers');
    expect(after('“Troops are ready,” the bulletin said.')?.cue).toBe('said');
  });

  it('finds a cue later in the sentence, not adjacent', () => {
    const a = after('“We must read the fine print” in that bill, Moreau said.');
    expect(speakerText(a)).toBe('Moreau');
    expect(a?.adjacent).toBe(false);
  });

  it('finds "according to"', () => {
    expect(speakerText(after('“Sales fell sharply,” according to the trade group.'))).toBe('the trade group');
  });

  it('returns null without a cue', () => {
    expect(after('“Sales fell,” and prices rose.')).toBeNull();
  });
});

describe('findCueBefore', () => {
  it('finds an adjacent cue with a comma or colon', () => {
    const a = before('The coach added, “We play again Friday.”');
    expect(speakerText(a)).toBe('The coach');
    expect(a?.adjacent).toBe(true);
    expect(speakerText(before('Protesters chanted: “Open the doors.”'))).toBe('Protesters');
  });

  it('finds "X said ... that" earlier in the sentence', () => {
    const a = before('Governor Ana Ruiz has said the budget does not allow the state to “spend money it does not have.”');
    expect(speakerText(a)).toBe('Governor Ana Ruiz');
    expect(a?.adjacent).toBe(false);
  });

  it('reads the clause subject for a participle or a comma before the verb', () => {
    expect(before('The union condemned the plan, saying in a statement that it “ignores workers.”')?.source.type).toBe('subject');
    expect(before('Lindqvist, who chairs the panel, told reporters they were “not even close.”')?.source.type).toBe('subject');
  });

  it('steps over a parenthetical acronym and an adjective participle', () => {
    expect(speakerText(before('a claim the River Patrol Service (RPS) dismissed as “wishful thinking.”'))).toBe('the River Patrol Service');
    expect(speakerText(before('but a navy spokesperson said in an emailed statement that the fleet “stands ready.”'))).toBe('a navy spokesperson');
  });
});
