/** today, yesterday, tomorrow, tonight, "this morning", "last night". */
import { type DateCandidate, type DateParser, isSentenceStart, matchAll, wordBefore } from '../candidate.js';

const RELATIVE_DAY = /\b(?:(today|yesterday|tomorrow|tonight)|(this|last)\s+(morning|afternoon|evening|night))(?![A-Za-z])/gi;
const DAY_OFFSETS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };

/** Opening quotes and brackets, including old wire copy's doubled backtick (``Today ...''). */
const OPENERS = /["“‘'`(\[]/;

/** At a sentence start, or just after the opening quotes or brackets (at most two) that start one. */
export function opensSentence(doc: Parameters<DateParser['parse']>[0], index: number): boolean {
  if (isSentenceStart(doc, index)) return true;
  for (let i = index - 1; i >= Math.max(0, index - 2) && OPENERS.test(doc.text[i] ?? ''); i--) if (isSentenceStart(doc, i)) return true;
  return false;
}

/**
 * Nouns that make "today's" the present era, not the day: "in today's world",
 * "today's youth", "by today's standards", "in today's dollars".
 */
const ERA_NOUNS = new Set([
  'world', 'youth', 'society', 'generation', 'generations', 'children', 'kids', 'young', 'teenagers', 'culture',
  'standards', 'dollars', 'terms', 'era', 'age', 'consumers', 'parents', 'families', 'modern',
]);
/** "many of today's computers", "most of today's cars": a share of what exists now. */
const SHARE_OF = /\b(?:many|most|some|all|much|few|none|half)\s+of\s+$/i;

/** True when "today's" (or "tomorrow's") names the present era or the future, not a day. */
function isEraPossessive(text: string, end: number, start: number): boolean {
  if (!/^['’`]s\s/.test(text.slice(end, end + 3))) return false;
  const noun = /^['’`]s\s+([a-z]+)/.exec(text.slice(end, end + 30))?.[1] ?? '';
  return ERA_NOUNS.has(noun) || SHARE_OF.test(text.slice(Math.max(0, start - 20), start));
}

export const relativeDayParser: DateParser = {
  name: 'relativeDay',
  parse(doc) {
    const out: DateCandidate[] = [];
    for (const m of matchAll(RELATIVE_DAY, doc.text)) {
      // "USA Today" is a newspaper.
      if (/^Today$/.test(m[0]) && /^(?:USA|Today)$/.test(wordBefore(doc.text, m.index))) continue;
      // Capitalised inside a sentence it is a name: "The World of Tomorrow", "New York Today", "Today's Paper".
      if (m[1] && /^\p{Lu}/u.test(m[1]) && !opensSentence(doc, m.index)) continue;
      const word = m[1]?.toLowerCase();
      if ((word === 'today' || word === 'tomorrow') && isEraPossessive(doc.text, m.index + m[0].length, m.index)) continue;
      const offset = word ? DAY_OFFSETS[word]! : m[2]!.toLowerCase() === 'last' ? -1 : 0;
      const modifier = word === 'tonight' ? 'night' : m[3] ? m[3].toLowerCase() : null;
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'relative', unit: 'day', offset }, modifier, rule: 'relativeDay' });
    }
    return out;
  },
};
