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
