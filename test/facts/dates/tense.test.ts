import { describe, expect, it } from 'vitest';
import { TenseReader } from '../../../src/facts/dates/tense.js';
import { createTextDocument } from '../../../src/facts/text/document.js';

function tenseOf(sentence: string, mention: string): string {
  const start = sentence.indexOf(mention);
  return new TenseReader(createTextDocument(sentence)).tenseAt(start, start + mention.length);
}

describe('TenseReader', () => {
  it('reads reported speech as past', () => {
    expect(tenseOf('The mayor said Friday that the bridge had reopened.', 'Friday')).toBe('past');
    expect(tenseOf('Inspectors visited the dam on Monday.', 'Monday')).toBe('past');
  });

  it('reads modal and scheduling verbs as future', () => {
    expect(tenseOf('The council will vote on Friday.', 'Friday')).toBe('future');
    expect(tenseOf('The ferry is scheduled to sail on Sunday.', 'Sunday')).toBe('future');
    expect(tenseOf('The minister travels to Oslo on Sunday.', 'Sunday')).toBe('future');
  });

  it('reads a plan without a present auxiliary as scheduled, not as future', () => {
    expect(tenseOf('The trial was set to open on Monday.', 'Monday')).toBe('scheduled');
    expect(tenseOf('The mayor cancelled a parade planned for June 3.', 'June 3')).toBe('scheduled');
    expect(tenseOf('She said she was expecting a second child in December.', 'December')).toBe('scheduled');
    expect(tenseOf('The parade is planned for June 3.', 'June 3')).toBe('future');
  });

  it('reads the clause of the mention before the rest of the sentence', () => {
    expect(tenseOf('Exports fell sharply, and from March onward the levy will double.', 'March')).toBe('future');
    expect(tenseOf('The coach said that on Saturday the squad will rest.', 'Saturday')).toBe('future');
    expect(tenseOf('The museum, which reopened in May, will close for repairs.', 'May')).toBe('past');
  });

  it('reads an -s verb right before the mention as a schedule, a plural noun not', () => {
    expect(tenseOf('The festival opened in July and concludes October 10th in Lyon.', 'October 10th')).toBe('future');
    expect(tenseOf('After a pause, the schedule picks up February 7th in Reno.', 'February 7th')).toBe('future');
    expect(tenseOf('The protests on Sunday drew crowds.', 'Sunday')).not.toBe('future');
    expect(tenseOf('The utility says Tuesday that rates rose.', 'Tuesday')).toBe('past');
  });

  it('does not read an -ed adjective as a past verb', () => {
    expect(tenseOf('Buyers can bring the kettle back for an extended refund by January.', 'January')).toBe('unknown');
  });

  it('gives passive participles the tense of their auxiliary', () => {
    expect(tenseOf('The auction will be postponed until Thursday.', 'Thursday')).toBe('future');
    expect(tenseOf('The plant is expected to restart in June.', 'June')).toBe('future');
    expect(tenseOf('The vote was delayed in March.', 'March')).toBe('past');
    expect(tenseOf('A banner is raised at a rally on Thursday.', 'Thursday')).toBe('past');
  });

  it('prefers the verb before the mention, then looks ahead', () => {
    expect(tenseOf('On Friday, the league will publish its schedule.', 'Friday')).toBe('future');
    expect(tenseOf('On Tuesday, the league published its schedule.', 'Tuesday')).toBe('past');
    expect(tenseOf('Officials said Monday that talks will resume.', 'Monday')).toBe('past');
  });

  it('trusts present-tense verbs only near the mention', () => {
    expect(tenseOf('The fair opens to the public on Friday.', 'Friday')).toBe('future');
    expect(tenseOf('The vote is on Tuesday.', 'Tuesday')).toBe('future');
    expect(tenseOf('The cause is the weak June quarter.', 'June')).toBe('unknown');
    expect(tenseOf('Their hopes are thin and fading after Sunday.', 'Sunday')).toBe('unknown');
  });

  it('does not read nouns as cues', () => {
    expect(tenseOf('The band shared its plans at its Monday show.', 'Monday')).toBe('past');
    expect(tenseOf('Harvest totals from October.', 'October')).toBe('unknown');
  });

  it('reads contractions', () => {
    expect(tenseOf("They'll decide in May.", 'May')).toBe('future');
    expect(tenseOf("The board won't meet until June.", 'June')).toBe('future');
  });

  it('does not read "next to" as a time ahead', () => {
    expect(tenseOf('Two people were hurt in the fire next to the station on Friday.', 'Friday')).toBe('past');
    expect(tenseOf('The next vote is on Friday.', 'Friday')).toBe('future');
  });

  it('reads "could be" with a participle as what was tried, "will be" as ahead', () => {
    expect(tenseOf('Her brother could not be reached on Monday.', 'Monday')).toBe('past');
    expect(tenseOf("The owners couldn't be located Monday in their village.", 'Monday')).toBe('past');
    expect(tenseOf('The results will be announced on Monday.', 'Monday')).toBe('future');
  });

  it('reads an agreement to act as scheduled, a decision to act as past', () => {
    expect(tenseOf('The mill agreed to sell its press line in February.', 'February')).toBe('scheduled');
    expect(tenseOf('The board announced an agreement to close the plant in March.', 'March')).toBe('scheduled');
    expect(tenseOf('Prosecutors decided to reopen the case in May.', 'May')).toBe('past');
    expect(tenseOf('The mill agreed on the sale in February.', 'February')).toBe('past');
  });
});

describe('TenseReader: "deadline"', () => {
  it('reads a deadline before the day as ahead, but not one named after the day', () => {
    expect(tenseOf('The deadline for bids falls on Friday.', 'Friday')).toBe('future');
    expect(tenseOf('Growers rushed in, with nine in ten farms signing up by the Friday deadline.', 'Friday')).toBe('past');
  });
});
