import { describe, expect, it } from 'vitest';
import { assertArticleLike, assertTextLike, isBlank, looksLikeFeed } from '../../src/acquire/sniff.js';

describe('assertTextLike', () => {
  it('rejects known binary formats by signature', () => {
    expect(() => assertTextLike(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'a.png')).toThrow(/PNG/);
    expect(() => assertTextLike(new TextEncoder().encode('%PDF-1.7\n'), 'a.pdf')).toThrow(/PDF/);
    expect(() => assertTextLike(Uint8Array.from([0x1f, 0x8b, 8, 0]), 'a.gz')).toThrow(/gzip/);
  });
  it('rejects random bytes full of NULs', () => {
    const bytes = new Uint8Array(1000).map((_, i) => (i % 3 === 0 ? 0 : 65 + (i % 7)));
    expect(() => assertTextLike(bytes, 'blob')).toThrow(/binary/);
  });
  it('accepts UTF-8 text and UTF-16 text with or without a BOM', () => {
    expect(() => assertTextLike(new TextEncoder().encode('<p>Héllo</p>'), 'a.html')).not.toThrow();
    const utf16 = Buffer.from('\ufeffHello world, this is text.', 'utf16le');
    expect(() => assertTextLike(utf16, 'bom')).not.toThrow();
    expect(() => assertTextLike(utf16.subarray(2), 'no-bom')).not.toThrow();
  });
});

describe('assertArticleLike', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('rejects bytes with many control characters but no signature, and keeps text with a few escape codes', () => {
    const noise = Uint8Array.from({ length: 2000 }, (_, i) => (i * 151 + 7) % 251);
    expect(() => assertArticleLike(noise, 'noise')).toThrow(/binary/);
    expect(() => assertArticleLike(bytes('Council \u001b[31mvotes\u001b[0m today.\u0007'), 'log')).not.toThrow();
  });
  it('says empty, JSON and feed inputs are not articles, with a hint for the feed', () => {
    expect(isBlank(bytes('\ufeff \n\t'))).toBe(true);
    expect(isBlank(bytes(' x '))).toBe(false);
    expect(() => assertArticleLike(bytes(''), 'e.txt')).toThrow(/empty/);
    expect(() => assertArticleLike(bytes('[{"a": 1}]'), 'r.json')).toThrow(/JSON/);
    expect(() => assertArticleLike(bytes('[Wire] The port reopened on Monday.'), 'wire.txt')).not.toThrow();
    expect(() => assertArticleLike(bytes('<!-- cached -->\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'f.xml')).toThrow(/use --feed f\.xml/);
    expect(looksLikeFeed(bytes('<!doctype html><p>Our <rss> guide</p>'))).toBe(false);
  });
});

