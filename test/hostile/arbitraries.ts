/**
 * fast-check generators for hostile article text and HTML. The pieces are
 * chosen to wake up the extractors' rules (month names, model designators,
 * speech verbs, quotation marks, capitalised runs) and to mix in what breaks
 * naive code: astral characters, RTL text, combining marks, NUL and other
 * control characters, lone surrogates, long runs without white space.
 * All words are invented for this suite.
 */
import fc from 'fast-check';

const WORDS = [
  'the', 'a', 'of', 'and', 'in', 'on', 'at', 'to', 'by', 'was', 'were', 'said', 'says', 'told', 'added', 'according to',
  'officials', 'minister', 'army', 'troops', 'ship', 'jets', 'drones', 'missiles', 'tanks', 'helicopter', 'rifles',
  'President', 'Gen.', 'Mr.', 'Dr.', 'Ministry', 'Defence', 'Council', 'Agency', 'Navy', 'Air Force', 'Corp.', 'Inc.',
  'Zorvia', 'Quellmark', 'Tarn Ostrova', 'Belvane', 'Ilse Marrow', 'Odo Fennick', 'Varrow Dynamics', 'ZNA', 'KRT',
  'France', 'Brazil', 'China', 'United States', 'U.S.', 'U.N.', 'Russian', 'French', 'EU',
  'January', 'March', 'May', 'June', 'Sept.', 'Dec.', 'Monday', 'Friday', 'today', 'yesterday', 'tomorrow', 'tonight',
  'last week', 'next month', 'this year', 'ago', 'three days ago', 'the 1990s', "'80s", '9/11', 'noon', 'morning',
  '2024', '1999', '2024-04-12', '4/12/2024', '11/18/19', '12th', '21', '5 p.m.', '10:30', '14:00 GMT', '3 a.m',
  'F-16', 'S-400', 'Su-35', 'T-90M', 'MQ-9 Reaper', 'HMS Dauntless', 'USS Pelorus', 'Type 055', 'AK-47', 'C-130J',
  '30', 'two', 'dozens', '1,000', '$4.5 billion', '45%', 'No. 7', 'x', '1800 x 1920',
];

const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '…', '—', '–', '-', '(', ')', '[', ']', '/', "'s", '’s', '...', '. ', '? '];

const QUOTATION_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '「', '」', '``', "''"];

const EXOTIC = [
  '😀', '👩🏽‍🚀', '🇫🇷', '𝔘𝔫𝔦', '𠜎', '\u{1F600}\u{1F600}', 'e\u0301', 'A\u030A', // astral, ZWJ, flags, combining
  'مرحبا بالعالم', 'שלום', '\u202Eevil\u202C', '\u200F', '\u200E', // RTL and bidi controls
  '日本語の記事', '中文', 'Ελληνικά', 'Русский текст', 'ﬁ', 'Ǆ', 'ß', 'İ', // scripts and case oddities
  '\u0000', '\u0007', '\u001b[31m', '\u001b]0;title\u0007', '\u009b2J', '\r', '\u000b', '\u000c', '\u0085', // controls
  '\u00a0', '\u2028', '\u2029', '\u200b', '\ufeff', '\ufffd', '\ud800', '\udc00', '\udbff', // spaces, BOM, lone surrogates
];

const SEPARATORS = ['', ' ', ' ', ' ', '  ', '\n', '\n\n', '\n \n', '\t', '\r\n', '\r\n\r\n', '\u00a0'];

/** One piece of article text. */
export const textPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTATION_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...EXOTIC) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('1', '9', '-', '/', '.', ':', ',', ' '), minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.nat(99_999).map(String) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,8}$/) },
);

const SPEAKERS = ['Ilse Marrow', 'Gen. Odo Fennick', 'the minister', 'a spokesman', 'she', 'He', 'officials', 'Zorvia’s president', 'KRT'];
const VERBS = ['said', 'says', 'told reporters', 'added', 'warned', 'wrote', 'according to'];
const OPEN_CLOSE: ReadonlyArray<[string, string]> = [['“', '”'], ['"', '"'], ['‘', '’'], ['«', '»'], ['„', '“'], ['"', ''], ['', '”'], ['“', '“']];

/** Sentences shaped like news copy, so the rules fire and their spans get checked. */
const newsSentence: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...OPEN_CLOSE), fc.array(textPiece, { minLength: 1, maxLength: 8 }), fc.constantFrom(...SPEAKERS), fc.constantFrom(...VERBS), fc.boolean())
    .map(([[open, close], words, who, verb, after]) =>
      after ? `${open}${words.join(' ')},${close} ${who} ${verb}.` : `${who} ${verb}: ${open}${words.join(' ')}.${close}`),
  fc
    .tuple(fc.constantFrom(...OPEN_CLOSE), fc.array(textPiece, { minLength: 1, maxLength: 6 }), fc.array(textPiece, { minLength: 1, maxLength: 6 }))
    .map(([[open, close], a, b]) => `${open}${a.join(' ')}\n\n${open}${b.join(' ')}${close}`), // a quote across paragraphs
  fc
    .tuple(fc.constantFrom(...SPEAKERS), fc.integer({ min: -1, max: 300 }), fc.constantFrom(...WORDS), fc.constantFrom(...WORDS))
    .map(([who, n, a, b]) => `${who} sent ${n} ${a} ${b} on ${b} ${n}.`),
);

/** Article text: pieces and news-like sentences joined by random separators (sometimes none at all). */
export const articleText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: textPiece }, { weight: 1, arbitrary: newsSentence }), fc.constantFrom(...SEPARATORS)), { maxLength: 80 })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

/** Text with no white space at all. */
export const noWhitespaceText: fc.Arbitrary<string> = fc
  .array(textPiece, { maxLength: 60 })
  .map((parts) => parts.join('').replace(/\s+/g, ''));

const TAGS = [
  'p', 'div', 'span', 'a', 'b', 'i', 'em', 'strong', 'article', 'section', 'main', 'header', 'footer', 'nav', 'aside',
  'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'blockquote', 'q', 'figure', 'figcaption', 'br', 'hr', 'img',
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'title', 'meta', 'time', 'pre', 'code', 'form',
  'select', 'option', 'textarea', 'xmp', 'plaintext', 'frameset', 'body', 'html', 'head', 'x-custom', 'ScRiPt',
];

const ATTRIBUTES = [
  'class="article-body"', 'class="content story"', 'id="main"', 'itemprop="articleBody"', 'itemprop="author"',
  'property="og:title"', 'name="author"', 'content="Ilse Marrow"', 'datetime="2024-04-12T09:30:00+02:00"',
  'datetime="not a date"', 'hidden', 'disabled', 'href="javascript:alert(1)"', 'href="file:///etc/passwd"',
  'href="/relative/path"', 'onload="document.write(1)"', 'class', 'id=', '=', 'a=b=c', "x='unterminated", 'y="unterminated',
  'rel="author"', 'lang="ar" dir="rtl"', 'charset="utf-16"', 'data-x="&quot;&amp;&lt;"', 'style="display:none"',
];

const ENTITIES = [
  '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&nbsp;', '&mdash;', '&ldquo;', '&rdquo;', '&#8220;', '&#x201D;',
  '&#0;', '&#x0;', '&#xD800;', '&#xDFFF;', '&#x110000;', '&#99999999999;', '&#;', '&#x;', '&amp', '&notit;', '&nosuch;',
  '&', '&&', '&#128512;', '&#x1F600;', '&#27;[31m', '&#x1b;]0;pwned&#7;', '&#9;', '&#13;', '&#x85;',
];

const BROKEN_MARKUP = [
  '<', '>', '</', '</>', '<p', '<p class=', '<!--', '-->', '<!-- never closed', '<!DOCTYPE html>', '<!doctype>',
  '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<%', '%>', '<br/>', '<p/>', '</p></p></div>', '<a <b>', '<<>>',
  '<script>', '</script>', '<style>', '</style>', '<meta charset="shift_jis">', '<meta charset="x-nonsense">',
  '<meta http-equiv="refresh" content="0;url=file:///etc/passwd">', '<base href="data:text/html,x">',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":', '}</script>',
];

const tag = fc.constantFrom(...TAGS);
const attributes = fc.array(fc.constantFrom(...ATTRIBUTES), { maxLength: 3 }).map((a) => (a.length ? ` ${a.join(' ')}` : ''));

/** One token of a tag soup: tags open and close independently, so nesting is often broken. */
const htmlToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(tag, attributes).map(([t, a]) => `<${t}${a}>`) },
  { weight: 3, arbitrary: tag.map((t) => `</${t}>`) },
  { weight: 6, arbitrary: articleText },
  { weight: 2, arbitrary: fc.constantFrom(...ENTITIES) },
  { weight: 2, arbitrary: fc.constantFrom(...BROKEN_MARKUP) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

/** Tag soup: random tags, nesting, text, entities and broken markup, in any order. */
export const tagSoup: fc.Arbitrary<string> = fc.array(htmlToken, { maxLength: 40 }).map((t) => t.join(''));

const jsonLd = fc
  .record({
    headline: fc.oneof(articleText, fc.constant(null), fc.integer()),
    author: fc.oneof(articleText, fc.array(fc.record({ name: articleText }), { maxLength: 3 }), fc.constant({})),
    datePublished: fc.oneof(fc.constantFrom('2024-04-12T08:00:00Z', '2024-13-45', 'yesterday', ''), articleText),
    articleBody: fc.option(articleText),
  })
  .chain((data) =>
    fc.oneof(
      fc.constant(JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...data })),
      fc.constant(JSON.stringify({ '@graph': [{ '@type': ['NewsArticle'], ...data }] })),
      fc.constant(JSON.stringify(data).slice(0, 40)), // truncated JSON
      fc.string({ maxLength: 30 }),
    ),
  );

/** A page shaped like a news article (so metadata and content extraction run), with hostile parts inside. */
export const articlePage: fc.Arbitrary<string> = fc
  .record({
    title: articleText,
    ogTitle: fc.option(articleText),
    author: fc.option(articleText),
    published: fc.option(fc.constantFrom('2024-04-12T09:30:00+02:00', '2024-04-12', 'Thursday', '0000-00-00', '9999-99-99T99:99')),
    ld: fc.option(jsonLd),
    paragraphs: fc.array(fc.oneof(articleText, tagSoup), { maxLength: 12 }),
    soup: tagSoup,
    closeTags: fc.boolean(),
  })
  .map(({ title, ogTitle, author, published, ld, paragraphs, soup, closeTags }) => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const head = [
      `<title>${escape(title)}</title>`,
      ogTitle !== null ? `<meta property="og:title" content="${escape(ogTitle)}">` : '',
      author !== null ? `<meta name="author" content="${escape(author)}">` : '',
      published !== null ? `<meta property="article:published_time" content="${published}">` : '',
      ld !== null ? `<script type="application/ld+json">${ld}</script>` : '',
    ].join('\n');
    const close = closeTags ? '</p>' : '';
    const body = paragraphs.map((p) => `<p>${p}${close}`).join('\n');
    return `<!DOCTYPE html><html><head>${head}</head><body><article><h1>${escape(title)}</h1>${body}${soup}</article>${
      closeTags ? '</body></html>' : ''
    }`;
  });

/** Bytes an article might arrive as: UTF-8, UTF-8 with BOM, UTF-16 with BOM, Latin-1, or raw noise. */
export function encodings(text: fc.Arbitrary<string>): fc.Arbitrary<{ bytes: Uint8Array; contentType: string | null }> {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const utf16le = (s: string) => {
    const out = new Uint8Array(2 + s.length * 2);
    out[0] = 0xff;
    out[1] = 0xfe;
    for (let i = 0; i < s.length; i++) {
      out[2 + i * 2] = s.charCodeAt(i) & 0xff;
      out[3 + i * 2] = s.charCodeAt(i) >> 8;
    }
    return out;
  };
  const latin1 = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0) & 0xff);
  const contentType = fc.constantFrom(
    null, 'text/html', 'text/html; charset=utf-8', 'text/html; charset=iso-8859-1', 'text/plain', 'text/html; charset=bogus',
    'text/html; charset=utf-16', 'application/octet-stream', 'text/html; charset="', ';;;',
  );
  return fc.oneof(
    { weight: 5, arbitrary: fc.tuple(text, contentType).map(([s, ct]) => ({ bytes: utf8(s), contentType: ct })) },
    { weight: 1, arbitrary: fc.tuple(text, contentType).map(([s, ct]) => ({ bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(s)]), contentType: ct })) },
    { weight: 1, arbitrary: fc.tuple(text, contentType).map(([s, ct]) => ({ bytes: utf16le(s), contentType: ct })) },
    { weight: 1, arbitrary: fc.tuple(text, contentType).map(([s, ct]) => ({ bytes: latin1(s), contentType: ct })) },
    { weight: 1, arbitrary: fc.tuple(fc.uint8Array({ maxLength: 300 }), contentType).map(([bytes, ct]) => ({ bytes, contentType: ct })) },
    {
      weight: 1,
      // Valid text with invalid UTF-8 spliced in: stray continuation bytes, overlongs, truncated sequences.
      arbitrary: fc
        .tuple(text, fc.array(fc.constantFrom([0x80], [0xc0, 0xaf], [0xe2, 0x80], [0xf0, 0x9f, 0x98], [0xff], [0xed, 0xa0, 0x80]), { maxLength: 5 }), contentType)
        .map(([s, junk, ct]) => ({ bytes: Uint8Array.from([...utf8(s.slice(0, s.length >> 1)), ...junk.flat(), ...utf8(s.slice(s.length >> 1))]), contentType: ct })),
    },
  );
}
