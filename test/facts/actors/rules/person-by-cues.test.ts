import { describe, expect, it } from 'vitest';
import { personByCues } from '../../../../src/facts/actors/rules/person-by-cues.js';
import { actorsOf, claimOf, find } from '../helpers.js';

describe('personByCues', () => {
  it('finds untitled people by a role noun, an appositive or a speech verb', () => {
    expect(claimOf(personByCues, 'said chairman Odo Varga on Friday.', 'Odo Varga')![0]!.roles).toEqual(['chairman']);
    expect(claimOf(personByCues, 'Ileana Brusk, a nurse at the clinic, said so.', 'Ileana Brusk')![0]!.type).toBe('person');
    expect(claimOf(personByCues, 'Tarek Oumou said the vote was fair.', 'Tarek Oumou')![0]!.type).toBe('person');
  });
  it('does not make a person of one unexplained word', () => {
    expect(claimOf(personByCues, 'the deal with Zelvo closed.', 'Zelvo')).toBeNull();
  });
  it('reads a party-state tag as the affiliation, even for one word', () => {
    expect(claimOf(personByCues, 'A bill from Quillbrook (D-Ore.) passed.', 'Quillbrook')![0]).toMatchObject({ type: 'person', affiliation: 'Democratic Party' });
  });
  it('reads an appositive role after the name, whatever body modifies it, with its owner in full', () => {
    expect(claimOf(personByCues, "Ilse Marrow, Port Vela's new police commissioner, spoke.", 'Ilse Marrow')![0])
      .toMatchObject({ roles: ["Port Vela's new police commissioner"], affiliation: 'Port Vela' });
    // A verb form before a noun modifies the role.
    expect(claimOf(personByCues, 'said Ilse Marrow, associate professor of botany at the college.', 'Ilse Marrow')![0]!.roles)
      .toEqual(['associate professor of botany at the college']);
  });
  it('takes no role from a predicate after the comma', () => {
    expect(claimOf(personByCues, 'Last year Tomas Marrow, has become the first chairman of the board.', 'Tomas Marrow')![0]!.roles).toEqual([]);
  });
  it('takes the role of an appositive before the name', () => {
    expect(claimOf(personByCues, 'The leader of the dock union, Petra Lindqvist, spoke.', 'Petra Lindqvist')![0]!.roles).toEqual(['The leader of the dock union']);
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

describe('role words before a name stop at the sentence around them', () => {
  it('leaves out a verb and a preposition before the role', () => {
    expect(find(actorsOf('The general told Harbour Radio correspondent Mara Quill on Monday that talks would resume.'), 'Mara Quill')?.roles)
      .toEqual(['Harbour Radio correspondent']);
    expect(find(actorsOf('Fans cheered in a close race against singer Tomas Brennan on Monday.'), 'Tomas Brennan')?.roles).toEqual(['singer']);
  });
  it('keeps the capitalized words of the role phrase', () => {
    expect(find(actorsOf('The reply came from Veltria Post press secretary Ilsa Varga on Monday.'), 'Ilsa Varga')?.roles)
      .toEqual(['Veltria Post press secretary']);
  });
});
