import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../src/article/detect.js';

describe('looksLikeHtml', () => {
  it('accepts a doctype or <html> start, even after a comment', () => {
    expect(looksLikeHtml('<!DOCTYPE html><title>x</title>')).toBe(true);
    expect(looksLikeHtml('  <html lang="en"><body>hi</body></html>')).toBe(true);
    expect(looksLikeHtml('<!-- saved page -->\n<html><body>x</body></html>')).toBe(true);
  });

  it('accepts a fragment with a high density of tags', () => {
    expect(looksLikeHtml('<div><p>One short paragraph.</p><p>Another one.</p></div>')).toBe(true);
  });

  it('rejects prose that mentions a tag or uses angle brackets', () => {
    expect(looksLikeHtml('The index rose by <5% while costs fell > 3%.\n\nAnalysts expected more.')).toBe(false);
    const longProse = 'A sentence about markets. '.repeat(200) + 'Use the <p> tag, she wrote.';
    expect(looksLikeHtml(longProse)).toBe(false);
  });
});

describe('document skeleton after leading junk', () => {
  it('calls a page HTML when a long script block comes before <!doctype>', () => {
    const junk = `<script>\n${'// a very long inline tracking helper that a plugin prints first\n'.repeat(60)}</script>\n`;
    expect(looksLikeHtml(`${junk}<!DOCTYPE html><html><head><title>x</title></head><body><p>${'Words of the story. '.repeat(400)}</p></body></html>`)).toBe(true);
  });

  it('still calls prose that mentions a tag plain text', () => {
    expect(looksLikeHtml('The designer said the <html> tag was missing from the old page, so the body text fell out.')).toBe(false);
  });
});
