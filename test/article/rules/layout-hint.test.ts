import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../../src/article/html.js';
import { holdsProse, isLayoutHint } from '../../../src/article/rules/layout-hint.js';

const A = 'The harbour council agreed on Monday to dredge the eastern channel, which has silted up since the spring floods, before the ferry season opens.';
const B = 'Skippers, who have run aground twice this year, welcomed the decision, although the work will close the slipway for about three weeks.';
const C = 'The contractor, chosen after a short tender, expects to move the spoil to a disposal site offshore, a spokesman for the council said.';
const page = (inner: string) => `<!doctype html><html><head><title>Channel to be dredged</title></head><body>${inner}</body></html>`;

describe('layout hint rule', () => {
  it('keeps body sections a page builder names by position ("top-section")', () => {
    const a = htmlArticle(page(`<div class="builder"><section class="builder-section builder-top-section"><div class="widget-wrap"><p>${A}</p><p>${B}</p></div></section>
      <section class="builder-section builder-top-section"><div class="widget-wrap"><p>${C}</p></div></section></div>`));
    expect(a.text).toBe([A, B, C].join('\n\n'));
  });

  it('keeps a field whose class only says its label is hidden', () => {
    const a = htmlArticle(page(`<div class="field field--name-body field--label-hidden"><p>${A}</p><p>${B}</p><p>${C}</p></div>`));
    expect(a.text).toContain(B);
  });

  it('still drops a box named for what it holds, even when it is prose', () => {
    const a = htmlArticle(page(`<article><p>${A}</p><p>${B}</p></article><div class="comments-top"><p>${C}</p></div>`));
    expect(a.text).not.toContain(C);
  });

  it('drops a call-to-action widget after the story even though its pitch is prose', () => {
    const a = htmlArticle(page(`<article><p>${A}</p><p>${B}</p></article><div class="zone-widget zone-widget-cta-letter"><p>${C}</p></div>`));
    expect(a.text).toBe([A, B].join('\n\n'));
  });

  it('tells layout names from content names', () => {
    expect(isLayoutHint('elementor-top-section')).toBe(true);
    expect(isLayoutHint('grid overflow-hidden')).toBe(true);
    expect(isLayoutHint('related-links widget')).toBe(false);
    expect(isLayoutHint('newsletter-hidden')).toBe(false);
    expect(isLayoutHint('zone-widget zone-widget-custom-cta-letter')).toBe(false);
    expect(isLayoutHint('actaeon-widget')).toBe(true);
    expect(isLayoutHint('cta cta-banner')).toBe(true);
  });

  it('calls long, lightly linked, punctuated text prose and a link list not', () => {
    expect(holdsProse({ len: 600, linkLen: 30, commas: 6, paragraphs: 3 })).toBe(true);
    expect(holdsProse({ len: 600, linkLen: 400, commas: 6, paragraphs: 3 })).toBe(false);
    expect(holdsProse({ len: 80, linkLen: 0, commas: 2, paragraphs: 1 })).toBe(false);
    expect(holdsProse({ len: 600, linkLen: 0, commas: 0, paragraphs: 3 })).toBe(false);
  });
});
