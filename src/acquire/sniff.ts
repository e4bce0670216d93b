import { InputError } from './errors.js';

// File signatures of formats that are certainly not articles. Checked on the
// first bytes only, so a binary file fails fast with a clear code instead of
// producing an "article" of mojibake.
const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip data', bytes: [0x1f, 0x8b] },
  { name: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'WebP/RIFF data', bytes: [0x52, 0x49, 0x46, 0x46] },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/**
 * Throw EBINARY when the bytes are not text. UTF-16 text contains NUL bytes,
 * so NULs only count against the input when they are not in the regular
 * every-other-byte pattern that UTF-16 shows.
 */
export function assertTextLike(bytes: Uint8Array, source: string): void {
  for (const signature of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) {
      throw new InputError('EBINARY', `${source} is a ${signature.name}, not an article`);
    }
  }
  if (hasUtf16Bom(bytes)) return;
  const sample = bytes.subarray(0, 4096);
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    }
  }
  const nuls = nulEven + nulOdd;
  if (nuls === 0) return;
  const looksUtf16 = sample.length >= 8 && Math.max(nulEven, nulOdd) > sample.length * 0.3 && Math.min(nulEven, nulOdd) === 0;
  if (!looksUtf16 && nuls > Math.max(4, sample.length * 0.01)) {
    throw new InputError('EBINARY', `${source} looks like binary data, not an article`);
  }
  if (!looksUtf16 && controlBytes(sample) > Math.max(16, sample.length * 0.02) && !isUtf8(sample)) {
    throw new InputError('EBINARY', `${source} looks like binary data (many control bytes), not an article`);
  }
}

/**
 * C0 control bytes that text in any 8-bit or UTF-8 encoding hardly uses: not
 * tab, line feed, form feed or carriage return, and not ESC either (a log with
 * color codes is still text). Random or compressed bytes without a known
 * signature have about one in ten of them, and are not valid UTF-8 either.
 */
function controlBytes(sample: Uint8Array): number {
  let count = 0;
  for (const byte of sample) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b && byte !== 0x0b) count++;
  return count;
}

/** Valid UTF-8 (a character cut at the sample's end allowed): text full of escape codes is still text. */
function isUtf8(sample: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Nothing but white space (a UTF-8 byte order mark included): an empty download, a truncated copy. */
export function isBlank(bytes: Uint8Array): boolean {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d) return false;
  }
  return true;
}

const decodeHead = (bytes: Uint8Array, length: number) => new TextDecoder('utf-8').decode(bytes.subarray(0, length)).replace(/^\ufeff/, '');

/**
 * An RSS, RDF or Atom document: its first element (after an XML declaration,
 * comments, processing instructions) is the feed's root.
 */
export function looksLikeFeed(bytes: Uint8Array): boolean {
  return /^\s*(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(decodeHead(bytes, 4096));
}

/** A JSON document (an API response, a saved record): an object or array that parses. */
function looksLikeJson(bytes: Uint8Array): boolean {
  if (!/^\s*[[{]/.test(decodeHead(bytes, 64))) return false;
  try {
    JSON.parse(new TextDecoder('utf-8').decode(bytes));
    return true;
  } catch {
    return false;
  }
}

/**
 * Throw when the bytes are certainly not an article, with a hint where one
 * helps, so a wrong input fails loudly instead of giving an empty record:
 * binary data (EBINARY), nothing at all (EEMPTY), a JSON document or a feed
 * (EPARSE; a feed is read with --feed).
 */
export function assertArticleLike(bytes: Uint8Array, source: string): void {
  assertTextLike(bytes, source);
  if (isBlank(bytes)) throw new InputError('EEMPTY', `${source} is empty`);
  if (looksLikeFeed(bytes)) throw new InputError('EPARSE', `${source} looks like an RSS or Atom feed, not an article: use --feed ${source}`);
  if (looksLikeJson(bytes)) throw new InputError('EPARSE', `${source} is a JSON document, not an article (HTML or plain text)`);
}
