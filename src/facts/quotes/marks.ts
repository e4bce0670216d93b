/**
 * Quotation-mark pairing: one left-to-right pass with a stack, O(n) in the
 * length of the text whatever the marks are (every opener is pushed once and
 * popped once; closers look up per-family counters instead of the stack).
 */
import type { Span } from '../text/document.js';

/** A paired quotation: offsets of the marks and of the text between them. */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end for a piece that runs on. */
  close: number;
  /** Index of the paragraph holding the span. */
  paragraph: number;
  /** True when the quote continues into the next paragraph (no closing mark here). */
  runsOn: boolean;
}

type Family = 'double' | 'single' | 'guillemet' | 'singleGuillemet' | 'corner';

interface OpenMark {
  family: Family;
  at: number;
  /** Characters that may close this opener. */
  closers: string;
  /** A low opening mark („ ‚) that the high mark “ ‘ closes, German style. */
  low?: boolean;
}

interface OpenCounts extends Record<Family, number> {
  /** Open „ marks: only then does “ close a quote. */
  lowDouble: number;
}

const APOSTROPHE_ELISIONS = /^(?:em|tis|twas|cause|til|n|s)\b/i;

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** Characters after which a straight mark can open a quotation. */
function opensAfter(c: string | undefined): boolean {
  return isSpace(c) || (c !== undefined && /[(\[{—–\-\/:;"“‘'«‹„‚]/.test(c));
}

/**
 * Decide what a mark at `i` does: open (with its closers), close (a family),
 * or nothing (an apostrophe, an inch sign, a stray mark).
 */
function classifyMark(
  text: string,
  i: number,
  openCount: OpenCounts,
): { open: OpenMark } | { close: Family } | null {
  const c = text[i]!;
  const prev = text[i - 1];
  const next = text[i + 1];
  switch (c) {
    case '“':
      if (openCount.lowDouble > 0 && !isWordChar(next)) return { close: 'double' }; // German „…“
      return { open: { family: 'double', at: i, closers: '”"' } };
    case '„':
      return { open: { family: 'double', at: i, closers: '“”', low: true } };
    case '”':
      if (openCount.double > 0) return { close: 'double' };
      // Swedish/Finnish style ”…”: an opener at a word start.
      if (opensAfter(prev) && isWordChar(next)) return { open: { family: 'double', at: i, closers: '”' } };
      return null;
    case '"':
      if (openCount.double > 0) return { close: 'double' };
      // An opener needs a word start after it and no word right before (5" is inches).
      if (!isSpace(next) && !isWordChar(prev) && !/[,.;!?]/.test(prev ?? '')) {
        return { open: { family: 'double', at: i, closers: '"”' } };
      }
      return null;
    case '«':
      if (openCount.guillemet > 0 && !isWordChar(next)) return { close: 'guillemet' }; // »…« style
      return { open: { family: 'guillemet', at: i, closers: '»' } };
    case '»':
      if (openCount.guillemet > 0) return { close: 'guillemet' };
      if (opensAfter(prev) && isWordChar(next)) return { open: { family: 'guillemet', at: i, closers: '«' } };
      return null;
    case '‹':
      if (openCount.singleGuillemet > 0 && !isWordChar(next)) return { close: 'singleGuillemet' };
      return { open: { family: 'singleGuillemet', at: i, closers: '›' } };
    case '›':
      if (openCount.singleGuillemet > 0) return { close: 'singleGuillemet' };
      if (opensAfter(prev) && isWordChar(next)) return { open: { family: 'singleGuillemet', at: i, closers: '‹' } };
      return null;
    case '「':
    case '『':
      return { open: { family: 'corner', at: i, closers: c === '「' ? '」' : '』' } };
    case '」':
    case '』':
      return openCount.corner > 0 ? { close: 'corner' } : null;
    case '‘':
    case '‚':
    case "'":
      return classifySingle(text, i, openCount);
    case '’':
      // don’t, Obama’s: between letters it is an apostrophe.
      if (isWordChar(prev) && isWordChar(next)) return null;
      return openCount.single > 0 && !isSpace(prev) ? { close: 'single' } : null;
    default:
      return null;
  }
}

function classifySingle(
  text: string,
  i: number,
  openCount: OpenCounts,
): { open: OpenMark } | { close: Family } | null {
  const c = text[i]!;
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isWordChar(prev) && isWordChar(next)) return null; // don't, rock'n'roll
  if (c === "'" && openCount.single > 0 && !isSpace(prev) && !isWordChar(next)) return { close: 'single' };
  if (c === '‘' && openCount.single > 0 && !isWordChar(next) && !isSpace(prev)) return { close: 'single' }; // German ‚…‘
  if (!opensAfter(prev) || !isWordChar(next)) return null;
  const after = text.slice(i + 1, i + 6);
  if (/^\d\d?s\b/.test(after) || /^\d\d\b/.test(after) || APOSTROPHE_ELISIONS.test(after)) return null; // '90s, 'em
  return { open: { family: 'single', at: i, closers: c === '‚' ? '‘’' : "'’", low: c === '‚' } };
}

/**
 * doubledApostrophe: two apostrophes written for a double quotation mark
 * (''Not now,'' she said.), a typewriter convention some archives keep. The
 * pair is one mark: an opener at its first apostrophe, a closer at its second,
 * so the quoted words and the text around the marks are what they are for “…”.
 */
function doubledApostrophe(text: string, i: number, openCount: OpenCounts): { open: OpenMark } | { close: Family; at: number } | null {
  if (text[i] !== "'" || text[i + 1] !== "'" || text[i - 1] === "'") return null;
  const prev = text[i - 1];
  const next = text[i + 2];
  if (openCount.double > 0 && !isSpace(prev)) return { close: 'double', at: i + 1 };
  if (opensAfter(prev) && !isSpace(next) && next !== "'") return { open: { family: 'double', at: i, closers: "'" } };
  return null;
}

const MARK_CHARS = /["'“”„‘’‚«»‹›「」『』]/g;

/** Closers that a paragraph may open with to continue the quote left open by the one before. */
function opensSameFamily(text: string, paragraph: Span, family: Family): boolean {
  const c = text[paragraph.start];
  if (family === 'double') return c === '“' || c === '"' || c === '„' || c === '”' || text.startsWith("''", paragraph.start);
  if (family === 'guillemet') return c === '«' || c === '»';
  return false;
}

/**
 * Pair quotation marks of every kind, paragraph by paragraph. Only outermost
 * pairs are returned (nested quotes belong to the outer one). A paragraph that
 * opens a double quote without closing it, followed by a paragraph that opens
 * with a mark of the same family, yields a piece running to its paragraph end
 * (`runsOn`): the journalistic convention for quotes over several paragraphs.
 */
export function pairQuotationMarks(text: string, paragraphs: readonly Span[]): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    const stack: OpenMark[] = [];
    const openCount: OpenCounts = { double: 0, single: 0, guillemet: 0, singleGuillemet: 0, corner: 0, lowDouble: 0 };
    const firstOfParagraph = spans.length;
    // Search only up to this paragraph's end: over the whole text, a paragraph
    // without marks would scan on to the next mark, or the end (quadratic).
    const upToParagraphEnd = text.slice(0, paragraph.end);
    MARK_CHARS.lastIndex = paragraph.start;
    for (let m = MARK_CHARS.exec(upToParagraphEnd); m; m = MARK_CHARS.exec(upToParagraphEnd)) {
      const doubled = doubledApostrophe(text, m.index, openCount);
      if (doubled) MARK_CHARS.lastIndex = m.index + 2;
      const action = doubled ?? classifyMark(text, m.index, openCount);
      if (!action) continue;
      if ('open' in action) {
        stack.push(action.open);
        openCount[action.open.family]++;
        if (action.open.low && action.open.family === 'double') openCount.lowDouble++;
        continue;
      }
      // Pop to the nearest opener of this family; openers above it were stray
      // (an apostrophe that looked like an opening single quote).
      let opener: OpenMark | undefined;
      while ((opener = stack.pop())) {
        openCount[opener.family]--;
        if (opener.low && opener.family === 'double') openCount.lowDouble--;
        if (opener.family === action.close) break;
      }
      if (!opener) continue;
      // Pairs inside this one are nested quotes: drop them.
      while (spans.length > firstOfParagraph && spans[spans.length - 1]!.open > opener.at) spans.pop();
      spans.push({ open: opener.at, close: 'at' in action ? (action as { at: number }).at : m.index, paragraph: p, runsOn: false });
    }
    const bottom = stack.find((o) => o.family === 'double' || o.family === 'guillemet');
    const nextParagraph = paragraphs[p + 1];
    if (bottom && nextParagraph && opensSameFamily(text, nextParagraph, bottom.family)) {
      while (spans.length > firstOfParagraph && spans[spans.length - 1]!.open > bottom.at) spans.pop();
      spans.push({ open: bottom.at, close: paragraph.end, paragraph: p, runsOn: true });
    }
  }
  return spans;
}
