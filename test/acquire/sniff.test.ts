import { describe, expect, it } from 'vitest';
import { assertTextLike } from '../../src/acquire/sniff.js';

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
