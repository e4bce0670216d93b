import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, charsetFromMarkup, decodeBytes, fixWindows1252 } from '../../src/article/decode.js';
import { parseArticle } from '../../src/article/index.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/encodings');
const manifest: { file: string; contentType: string | null; title: string; expect: string }[] = JSON.parse(
  readFileSync(join(fixtures, 'manifest.json'), 'utf8'),
);

describe('encoding fixtures', () => {
  for (const f of manifest) {
    it(`decodes ${f.file}`, () => {
      const a = parseArticle({ bytes: readFileSync(join(fixtures, f.file)), contentType: f.contentType });
      expect(a.text).toContain(f.expect);
      expect(a.title).toBe(f.title);
    });
  }
});

describe('decodeBytes precedence', () => {
  const ascii = (s: string) => new TextEncoder().encode(s);

  it('BOM beats header and meta', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...ascii('<meta charset="gbk">ok')]);
    const d = decodeBytes(bytes, 'text/html; charset=shift_jis');
    expect(d.source).toBe('bom');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('<meta charset="gbk">ok');
  });

  it('Content-Type beats meta', () => {
    const d = decodeBytes(ascii('<meta charset="windows-1252">x'), 'text/html; charset="UTF-8"');
    expect(d.source).toBe('content-type');
    expect(d.encoding).toBe('utf-8');
  });

  it('ignores an unknown charset label and falls through', () => {
    const d = decodeBytes(ascii('<meta charset="x-unknown-thing">hello'), 'text/html; charset=bogus');
    expect(d.source).toBe('guess');
    expect(d.encoding).toBe('utf-8');
  });

  it('guesses windows-1252 for invalid UTF-8 and maps 0x80-0x9F to punctuation', () => {
    const d = decodeBytes(Uint8Array.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x97]));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('“Hi” €5—');
  });

  it('reads charset from header and markup', () => {
    expect(charsetFromContentType('text/html;charset=EUC-JP')).toBe('EUC-JP');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromMarkup(ascii('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'))).toBe('iso-8859-2');
    expect(charsetFromMarkup(ascii('<?xml version="1.0" encoding="Shift_JIS"?><html>'))).toBe('Shift_JIS');
  });

  it('fixWindows1252 leaves other text alone', () => {
    expect(fixWindows1252('plain ascii é')).toBe('plain ascii é');
  });
});

describe('stale meta charset', () => {
  it('valid non-ASCII UTF-8 wins over a legacy <meta charset>', () => {
    const bytes = new TextEncoder().encode('<meta charset="gb2312"><p>城市新闻</p>');
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('城市新闻');
  });
});

describe('mislabelled UTF-8', () => {
  const latin = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
  it('re-decodes windows-1252 bytes under a UTF-8 label, with a warning', () => {
    const d = decodeBytes(latin('<meta charset="utf-8"><p>Un caf\u00e9 cr\u00e8me co\u00fbte deux \u0080 \u00e0 la gare.</p>'));
    expect(d.text).toContain('caf\u00e9 cr\u00e8me co\u00fbte deux \u20ac \u00e0 la gare');
    expect(d.warning).toBe('charset-mislabelled');
  });

  it('does the same under a UTF-8 Content-Type header, and the article carries the warning', () => {
    const bytes = latin('<html><head><title>Gare</title></head><body><p>Le caf\u00e9 de la gare rouvre lundi apr\u00e8s des travaux, a dit la mairie, qui a pay\u00e9 la fa\u00e7ade.</p></body></html>');
    expect(decodeBytes(bytes, 'text/html; charset=utf-8').encoding).toBe('windows-1252');
    const a = parseArticle({ bytes, contentType: 'text/html; charset=utf-8' });
    expect(a.text).toContain('caf\u00e9');
    expect(a.warnings).toContain('charset-mislabelled');
  });

  it('keeps a UTF-8 page with one stray bad byte as UTF-8', () => {
    const good = new TextEncoder().encode('<meta charset="utf-8"><p>Caf\u00e9 cr\u00e8me, cr\u00eape, g\u00e2teau et th\u00e9 </p>');
    const bytes = new Uint8Array([...good, 0xff]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('cr\u00eape');
    expect(d.warning).toBeUndefined();
  });
});

describe('valid UTF-8 decoded run by run', () => {
  const encode = (s: string) => new TextEncoder().encode(s);
  // Every branch of the fast path must give exactly what a plain decoder gives.
  const cases: Record<string, string> = {
    'pure ASCII': '<p>The ferry left at noon.</p>',
    'one run of several characters': '<p>“Café” — déjà vu</p>',
    'four-byte characters and runs at both ends': '✓ mid 🚀 text ✓',
    'more runs than the fast path takes (a mostly non-ASCII page)': 'é a '.repeat(1500),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const d = decodeBytes(encode(text), 'text/html; charset=utf-8');
      expect(d.text).toBe(text);
      expect(d.encoding).toBe('utf-8');
    });
  }

  it('a page with no declared charset is guessed as UTF-8 and decoded the same way', () => {
    const text = '<p>naïve “quotes” ’</p>';
    expect(decodeBytes(encode(text), null)).toMatchObject({ text, encoding: 'utf-8', source: 'guess' });
  });
});

describe('UTF-8 byte view: inert markup cut before decoding', () => {
  const encode = (s: string) => new TextEncoder().encode(s);
  const page = [
    '<!doctype html><html><head><meta charset="utf-8"><title>Café “notes”</title>',
    '<script>var s = "naïve — ✓ <p>not text</p>";</script><style>p::after{content:"→"}</style></head>',
    '<body><p>Zoë’s ferry left Tromsø at dawn 🚢.</p><!-- note: ö -->',
    `<noscript><p>${'Ærøskøbing harbour reopened after the storm, the council said. '.repeat(4)}</p><img src="é.png"></noscript>`,
    '<p>Back in Åre — snow.</p></body></html>',
  ].join('');

  it('gives the string stripInertMarkup gives on the decoded page, a kept <noscript> included', async () => {
    const { readsAsValidUtf8 } = await import('../../src/article/decode.js');
    const { leanMarkupFromUtf8Bytes, stripInertMarkup } = await import('../../src/article/html.js');
    expect(readsAsValidUtf8(encode(page), 'text/html; charset=utf-8')).toBe(true);
    const lean = leanMarkupFromUtf8Bytes(encode(page)).join('');
    expect(lean).toBe(stripInertMarkup(page));
    expect(lean).toContain('Ærøskøbing');
    expect(lean).not.toContain('naïve');
  });

  it('cuts a long page into pieces between characters, which join to the whole', async () => {
    const { leanMarkupFromUtf8Bytes, stripInertMarkup } = await import('../../src/article/html.js');
    const long = `<p>${'Zoë’s ferry 🚢 left Tromsø. '.repeat(2000)}</p>`;
    const pieces = leanMarkupFromUtf8Bytes(encode(long));
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.some((piece) => piece.includes('\ufffd'))).toBe(false);
    expect(pieces.join('')).toBe(stripInertMarkup(long));
  });

  it('is offered only for bytes read as valid UTF-8', async () => {
    const { readsAsValidUtf8 } = await import('../../src/article/decode.js');
    expect(readsAsValidUtf8(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]), 'text/html; charset=utf-8')).toBe(false); // mislabelled windows-1252
    expect(readsAsValidUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), null)).toBe(false); // a BOM: decodeBytes' own path
    expect(readsAsValidUtf8(encode('<p>plain</p>'), 'text/html; charset=iso-8859-2')).toBe(false); // another declared encoding
    expect(readsAsValidUtf8(encode('<p>Zoë</p>'), null)).toBe(true);
  });

  it('a page read through the view is the same article as the decoded page', () => {
    const viaView = parseArticle({ bytes: encode(page), contentType: 'text/html; charset=utf-8' });
    const decoded = parseArticle({ bytes: new TextEncoder().encode(page), contentType: 'text/html; charset=iso-8859-1' });
    expect(viaView.title).toBe('Café “notes”');
    expect(viaView.text).toContain('Zoë’s ferry left Tromsø at dawn 🚢.');
    expect(viaView.text).toContain('Back in Åre — snow.');
    // The latin1-labelled copy is mojibake, so only its shape is compared: same paragraphs.
    expect(viaView.text.split('\n\n').length).toBe(decoded.text.split('\n\n').length);
  });
});
