/**
 * Bytes to a string. Precedence follows the HTML encoding-sniffing order:
 *   1. byte order mark (UTF-8, UTF-16LE, UTF-16BE) - it cannot be wrong;
 *   2. the HTTP Content-Type charset - the server's word;
 *   3. <meta charset> / <meta http-equiv content="...charset="> / <?xml encoding> in the first 4096 bytes,
 *      unless the bytes are valid UTF-8 with non-ASCII content (a page re-saved with a stale tag);
 *   4. a guess: NUL-byte pattern -> UTF-16, valid UTF-8 -> utf-8, otherwise windows-1252.
 * Node's TextDecoder (full ICU) handles every WHATWG label we need (Shift_JIS, EUC-JP, GB18030/GBK,
 * ISO-8859-x, windows-125x, UTF-16LE/BE), so no extra dependency, with one exception: Node 20 decodes
 * "windows-1252" (and its aliases latin1, iso-8859-1, ascii) as ISO-8859-1, turning the bytes 0x80-0x9F
 * (curly quotes, dashes, euro sign) into C1 control characters. fixWindows1252 maps them back.
 */

import type { WarningCode } from '../schema.js';
import { Buffer, isUtf8 } from 'node:buffer';

/** windows-1252 characters for bytes 0x80-0x9F (undefined bytes keep their C1 code point). */
export const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

export interface DecodedText {
  text: string;
  /** The WHATWG encoding name actually used (e.g. "utf-8", "shift_jis"). */
  encoding: string;
  /** Which rule picked the encoding. */
  source: 'bom' | 'content-type' | 'meta' | 'guess';
  /** Set when the declared charset was wrong and the bytes were re-decoded ("charset-mislabelled"). */
  warning?: WarningCode;
}

const PRESCAN_BYTES = 4096;

export function decodeBytes(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const reading = readBytes(bytes, contentType);
  return 'validUtf8' in reading ? { text: validUtf8Text(bytes), encoding: 'utf-8', source: reading.source } : reading;
}

/**
 * Whether decodeBytes would read these bytes as valid UTF-8 (no BOM, no other declared or guessed
 * encoding). Such a page is cut to its lean markup as bytes (inert-bytes.ts) before any of it is
 * decoded, and only what is kept is decoded (html.ts leanMarkupFromUtf8Bytes).
 */
export function readsAsValidUtf8(bytes: Uint8Array, contentType?: string | null): boolean {
  return 'validUtf8' in readBytes(bytes, contentType);
}

/** The first bytes seen one character per byte (latin1): enough for the markup tests of detect.ts. */
export function asciiView(bytes: Uint8Array, length: number): string {
  return latin1(bytes.subarray(0, length));
}

/** The encoding decision, with the decode of valid UTF-8 left to the caller. */
type Reading = DecodedText | { validUtf8: true; source: DecodedText['source'] };

function readBytes(bytes: Uint8Array, contentType?: string | null): Reading {
  const bom = encodingFromBom(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.length), bom.encoding, 'bom');
  const fromHeader = supportedEncoding(charsetFromContentType(contentType));
  if (fromHeader === 'utf-8') return checkedUtf8(bytes, 'content-type');
  if (fromHeader) return decodeWith(bytes, fromHeader, 'content-type');
  const fromMeta = supportedEncoding(charsetFromMarkup(bytes));
  // A document that declares UTF-16 in ASCII-readable markup cannot actually be UTF-16 (the
  // spec says to treat it as UTF-8); the byte-pattern guess below handles real BOM-less UTF-16.
  if (fromMeta && !fromMeta.startsWith('utf-16')) {
    // Pages re-saved as UTF-8 keep their old <meta charset="gb2312">. Non-ASCII bytes that form
    // valid UTF-8 are almost never legacy-encoded text by accident, so the bytes win over the tag.
    if (fromMeta !== 'utf-8' && hasNonAscii(bytes) && isUtf8(bytes)) return { validUtf8: true, source: 'guess' };
    return fromMeta === 'utf-8' ? checkedUtf8(bytes, 'meta') : decodeWith(bytes, fromMeta, 'meta');
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return decodeWith(bytes, utf16, 'guess');
  // Valid UTF-8 is almost never an accident.
  return isUtf8(bytes) ? { validUtf8: true, source: 'guess' } : decodeWith(bytes, 'windows-1252', 'guess');
}

/**
 * Bytes labelled UTF-8. A mislabelled windows-1252 page ("Caf\xe9") is not valid UTF-8: its accented
 * letters are lone high bytes, and decoding it as UTF-8 gives "Caf\ufffd". When the invalid bytes
 * outnumber the well-formed multi-byte sequences, the label is wrong and the page is re-decoded as
 * windows-1252 with a warning; a UTF-8 page with a stray bad byte keeps its UTF-8 reading.
 */
function checkedUtf8(bytes: Uint8Array, source: DecodedText['source']): Reading {
  if (isUtf8(bytes)) return { validUtf8: true, source };
  const { valid, invalid } = utf8Sequences(bytes);
  if (invalid > valid) return { ...decodeWith(bytes, 'windows-1252', source), warning: 'charset-mislabelled' };
  return { text: utf8Text(bytes), encoding: 'utf-8', source };
}

/** Well-formed multi-byte UTF-8 sequences and bytes that start none, in one pass. */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need;
    } else invalid++;
  }
  return { valid, invalid };
}

/** A run of non-ASCII bytes, read one byte per character (latin1). */
const NON_ASCII_RUN = /[\x80-\xff]+/g;
/** Past this many runs the page is mostly non-ASCII (CJK, Cyrillic): one plain decode is faster. */
const MAX_NON_ASCII_RUNS = 1000;

/**
 * Bytes already known to be valid UTF-8. V8's UTF-8 decoder is fast only until the first non-ASCII
 * byte and about ten times slower after it, so an English page with one curly quote near the top
 * (the usual case) is decoded almost wholly on the slow path. Reading the bytes as latin1 (a copy)
 * and decoding only the non-ASCII runs gives the same string in about half the time. A run cannot
 * split a character: in UTF-8 every byte of a multi-byte character is non-ASCII.
 */
export function validUtf8Text(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = buffer.toString('latin1');
  const parts: string[] = [];
  let runs = 0;
  let from = 0;
  NON_ASCII_RUN.lastIndex = 0;
  for (let m = NON_ASCII_RUN.exec(ascii); m; m = NON_ASCII_RUN.exec(ascii)) {
    if (++runs > MAX_NON_ASCII_RUNS) return buffer.toString('utf8');
    const end = m.index + m[0].length;
    parts.push(ascii.slice(from, m.index), buffer.toString('utf8', m.index, end));
    from = end;
  }
  if (runs === 0) return ascii;
  parts.push(ascii.slice(from));
  return parts.join('');
}

function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

export function encodingFromBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

export function charsetFromContentType(contentType?: string | null): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return m ? m[1]! : null;
}

/** Reads the declared charset from the first bytes, seen as ASCII (all the labels are ASCII). */
export function charsetFromMarkup(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  const metaCharset = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (metaCharset) return metaCharset[1]!;
  const xmlDecl = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xmlDecl ? xmlDecl[1]! : null;
}

/** Returns the canonical name when TextDecoder knows the label, else null. */
export function supportedEncoding(label: string | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

export function guessEncoding(bytes: Uint8Array): string {
  const utf16 = guessUtf16(bytes);
  if (utf16) return utf16;
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/** ASCII-heavy UTF-16 without a BOM has a NUL in every other byte. */
function guessUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

function decodeWith(bytes: Uint8Array, encoding: string, source: DecodedText['source']): DecodedText {
  if (encoding === 'utf-8') return { text: utf8Text(bytes), encoding, source };
  const decoder = new TextDecoder(encoding);
  const text = decoder.decode(bytes);
  return { text: decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text, encoding: decoder.encoding, source };
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
