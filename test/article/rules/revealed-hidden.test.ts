import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { htmlArticle } from '../../../src/article/html.js';
import { isRevealedLater } from '../../../src/article/rules/revealed-hidden.js';

const Q = 'How long does the ferry crossing take in winter, when the northern route is closed for repairs?';
const A1 = 'About ninety minutes, because boats go round the headland, and the operator adds an extra sailing on Saturdays, the timetable says.';
const A2 = 'Tickets bought for the northern route stay valid, although passengers must show them again at the southern pier before boarding.';

const first = (html: string): Element => parseDocument(html).children[0] as Element;

describe('revealed hidden rule', () => {
  it('keeps collapsed accordion answers as page text', () => {
    const html = `<html><head><title>Ferry questions</title></head><body><main><h2>${Q}</h2>
      <div class="accordion-panel" style="display:none"><p>${A1}</p><p>${A2}</p></div></main></body></html>`;
    expect(htmlArticle(html).text).toContain(A2);
  });

  it('still drops a hidden box that is not revealed by the page', () => {
    const html = `<html><head><title>Ferry questions</title></head><body><main><p>${A1}</p><p>${Q}</p></main>
      <div style="display:none"><p>${A2}</p></div></body></html>`;
    expect(htmlArticle(html).text).not.toContain(A2);
  });

  it('recognizes streamed segments, panels and expanders', () => {
    expect(isRevealedLater(first('<div hidden id="S:3"></div>'))).toBe(true);
    expect(isRevealedLater(first('<div role="tabpanel" hidden></div>'))).toBe(true);
    expect(isRevealedLater(first('<div class="faq-answer" hidden></div>'))).toBe(true);
    expect(isRevealedLater(first('<div class="preload-next" hidden></div>'))).toBe(false);
  });
});
