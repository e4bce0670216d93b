import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../src/article/html.js';

const P = '<p>The river ferry will carry bicycles free of charge from June, the transport authority said, after a trial on the western crossing.</p>'.repeat(3);
const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;

describe('lone visible headline', () => {
  it('takes the single <h1> over a meta title rewritten for search', () => {
    const a = htmlArticle(page('<title>Free bikes on ferries in 2025 | Harbour Post</title><meta property="og:title" content="Free bikes on ferries in 2025">',
      `<h1>Ferries to carry bicycles free from June</h1><article>${P}</article>`));
    expect(a.title).toBe('Ferries to carry bicycles free from June');
  });

  it('keeps the meta title when the page has several <h1>s', () => {
    const a = htmlArticle(page('<meta property="og:title" content="Ferries to carry bicycles free">',
      `<h1>Harbour Post</h1><h1>Ferries: bikes go free</h1><article>${P}</article>`));
    expect(a.title).toBe('Ferries to carry bicycles free');
  });

  it('keeps the meta title when the <h1> is set in capitals', () => {
    const a = htmlArticle(page('<meta property="og:title" content="Ferries to Carry Bicycles Free">',
      `<h1>FERRIES TO CARRY BICYCLES FREE FROM JUNE</h1><article>${P}</article>`));
    expect(a.title).toBe('Ferries to Carry Bicycles Free');
  });
});
