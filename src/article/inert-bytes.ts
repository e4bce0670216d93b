/**
 * The inert-markup cut (html.ts stripInertMarkup) done on the bytes of a valid UTF-8 page, before
 * anything is decoded. The pattern version needs the whole page as one string first, and a string
 * of a whole page (170 KB on average) is a large V8 object: allocating it costs fresh memory pages,
 * about 0.5 ms a page, more than the article stage's regex work. Here the page is scanned as bytes,
 * the kept stretches are copied into one buffer (a third of the page) and only that is decoded.
 *
 * The scan recognizes exactly what INERT_MARKUP recognizes, by the same leftmost-first rules:
 * - `<script …>…</script>` (not a JSON-LD one), `<style …>…</style>`, `<!-- … -->`;
 * - `<svg|noscript|template|iframe|select|picture|video|audio|canvas|textarea …>…</same>`;
 * - the void tags `<img|source|input …>` and `<link …>` unless it is canonical.
 * Names match without regard to case and must end the tag's name (`<scripts>` is no script); an
 * opening tag with no `>` or a block with no closing tag is not cut, and the scan goes on at the
 * next `<`. Every byte these rules compare is ASCII, and in UTF-8 no byte of a multi-byte
 * character is ASCII, so a rule can never match inside a character.
 */
import { Buffer } from 'node:buffer';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const DASH = 0x2d;

/** What is done with a block whose opening tag has this name. */
type Block = 'script' | 'paired' | 'void' | 'link';

const BLOCKS: ReadonlyMap<string, Block> = new Map<string, Block>([
  ['script', 'script'],
  ['style', 'paired'],
  ...['svg', 'noscript', 'template', 'iframe', 'select', 'picture', 'video', 'audio', 'canvas', 'textarea'].map(
    (name) => [name, 'paired'] as [string, Block],
  ),
  ...['img', 'source', 'input'].map((name) => [name, 'void'] as [string, Block]),
  ['link', 'link'],
]);
const LONGEST_NAME = 8;

/** A kept <noscript>'s content as markup (its own inert markup not yet cut), or '' to drop it. */
export type NoscriptRule = (inner: string) => string;

/**
 * The page's bytes with every inert block cut; a <noscript> block is replaced by what `noscript`
 * makes of its decoded content, itself cut the same way.
 */
export function stripInertBytes(bytes: Uint8Array, noscript: NoscriptRule): Buffer {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Kept pieces: [start, end) ranges of the source, or replacement buffers for kept noscripts.
  const pieces: (number | Buffer)[] = [];
  let total = 0;
  let kept = 0;
  for (let at = source.indexOf(LT); at >= 0; ) {
    const cut = inertBlockAt(source, at);
    if (cut === null) {
      at = source.indexOf(LT, at + 1);
      continue;
    }
    if (at > kept) {
      pieces.push(kept, at);
      total += at - kept;
    }
    if (cut.noscriptInner !== null) {
      const replacement = noscript(source.toString('utf8', cut.noscriptInner[0], cut.noscriptInner[1]));
      if (replacement) {
        const lean = stripInertBytes(Buffer.from(replacement, 'utf8'), noscript);
        pieces.push(lean);
        total += lean.length;
      }
    }
    kept = cut.end;
    at = source.indexOf(LT, kept);
  }
  if (kept === 0 && pieces.length === 0) return source;
  if (kept < source.length) {
    pieces.push(kept, source.length);
    total += source.length - kept;
  }
  const out = Buffer.allocUnsafe(total);
  let offset = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (typeof piece === 'number') {
      const end = pieces[++i] as number;
      offset += source.copy(out, offset, piece, end);
    } else offset += piece.copy(out, offset);
  }
  return out;
}

interface Cut {
  /** One past the block's last byte. */
  end: number;
  /** For a <noscript>, where its content starts and ends. */
  noscriptInner: [number, number] | null;
}

/** The inert block that starts at the `<` at `at`, or null when none does. */
function inertBlockAt(source: Buffer, at: number): Cut | null {
  const next = source[at + 1];
  if (next === BANG) {
    if (source[at + 2] !== DASH || source[at + 3] !== DASH) return null;
    const close = source.indexOf('-->', at + 4, 'latin1');
    return close < 0 ? null : { end: close + 3, noscriptInner: null };
  }
  const nameEnd = wordEnd(source, at + 1);
  const length = nameEnd - at - 1;
  if (length < 3 || length > LONGEST_NAME) return null;
  const name = lowerAscii(source, at + 1, nameEnd);
  const block = BLOCKS.get(name);
  if (block === undefined) return null;
  const openEnd = source.indexOf(GT, nameEnd);
  if (openEnd < 0) return null;
  if (block === 'void') return { end: openEnd + 1, noscriptInner: null };
  if (block === 'link') return containsAscii(source, nameEnd, openEnd, 'canonical') ? null : { end: openEnd + 1, noscriptInner: null };
  if (block === 'script' && containsAscii(source, nameEnd, openEnd, 'ld+json')) return null;
  const close = closingTag(source, openEnd + 1, name);
  if (close === null) return null;
  return { end: close.end, noscriptInner: name === 'noscript' ? [openEnd + 1, close.start] : null };
}

/** The first `</name` + ASCII whitespace + `>` at or after `from` (any case). */
function closingTag(source: Buffer, from: number, name: string): { start: number; end: number } | null {
  for (let at = source.indexOf(LT, from); at >= 0; at = source.indexOf(LT, at + 1)) {
    if (source[at + 1] !== SLASH || !equalsAscii(source, at + 2, name)) continue;
    let i = at + 2 + name.length;
    while (isSpace(source[i])) i++;
    if (source[i] === GT) return { start: at, end: i + 1 };
  }
  return null;
}

/** [A-Za-z0-9_], the characters of a regex word, which a tag name must end before. */
function isWordByte(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f);
}

function wordEnd(source: Buffer, from: number): number {
  let i = from;
  while (i - from <= LONGEST_NAME && isWordByte(source[i])) i++;
  return i;
}

/** The ASCII whitespace of a regex \s (the rest of \s is never a whole byte of UTF-8 here). */
function isSpace(b: number | undefined): boolean {
  return b === 0x20 || (b !== undefined && b >= 0x09 && b <= 0x0d);
}

function lowerAscii(source: Buffer, from: number, to: number): string {
  let name = '';
  for (let i = from; i < to; i++) name += String.fromCharCode(source[i]! | (source[i]! >= 0x41 && source[i]! <= 0x5a ? 0x20 : 0));
  return name;
}

/** Whether source[at…] spells `lower` (lower-case ASCII letters and symbols), in any case. */
function equalsAscii(source: Buffer, at: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    const b = source[at + k];
    if (b === undefined) return false;
    const folded = b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
    if (folded !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** Whether `lower` occurs in source[from, to) in any case. */
function containsAscii(source: Buffer, from: number, to: number, lower: string): boolean {
  const last = to - lower.length;
  const first = lower.charCodeAt(0);
  for (let i = from; i <= last; i++) {
    const b = source[i]!;
    if ((b >= 0x41 && b <= 0x5a ? b | 0x20 : b) === first && equalsAscii(source, i, lower)) return true;
  }
  return false;
}
