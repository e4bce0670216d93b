/** Shared helpers of the quote tests: quotes and speakers of invented texts. */
import type { Actor } from '../../../src/schema.js';
import { extractActors } from '../../../src/facts/actors/index.js';
import { findCueAfter } from '../../../src/facts/quotes/cues/index.js';
import { extractQuotes } from '../../../src/facts/quotes/index.js';
import { createTextDocument } from '../../../src/facts/text/document.js';

export type People = Record<string, { type?: Actor['type']; roles?: string[]; forms?: string[] }>;

/** Person/organization actors for a text: every occurrence of each name is a mention. */
export function actorsFor(text: string, people: People): Actor[] {
  return Object.entries(people).map(([name, info], k) => {
    const mentions = [];
    for (const form of [name, ...(info.forms ?? [])]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) mentions.push({ text: form, start: at, end: at + form.length });
    }
    return { id: `a${k + 1}`, name, type: info.type ?? 'person', roles: info.roles ?? [], affiliation: null, mentions };
  });
}

export function quotesOf(text: string, people: People = {}) {
  const doc = createTextDocument(text);
  return extractQuotes(doc, { actors: actorsFor(text, people) });
}

/** The quoted texts found in a text, in order. */
export function quoteTextsOf(text: string, people: People = {}): string[] {
  return quotesOf(text, people).map((q) => q.text);
}

/** The speaker of the quote starting with `start`, with the given actors only. */
export function speakerOf(text: string, start: string, people: People = {}): string | null | undefined {
  return quotesOf(text, people).find((q) => q.text.startsWith(start))?.speaker?.name;
}

/** The speaker of the quote starting with `start`, with the actors the actors stage finds. */
export function speakerWithFoundActors(text: string, start: string): string | null | undefined {
  const doc = createTextDocument(text);
  return extractQuotes(doc, { actors: extractActors(doc) }).find((q) => q.text.startsWith(start))?.speaker?.name;
}

/** The speaker phrase of the cue after the first closing mark ('SUBJECT' for the clause's subject). */
export function afterText(text: string) {
  const a = findCueAfter(text, text.search(/[”»]/) + 1, text.length, 0);
  return a && a.source.type === 'phrase' ? a.source.phrase.text : a ? 'SUBJECT' : null;
}

/** The full name of the actor the speaker of the quote starting with `start` links to (found actors unless `people`). */
export function speakerActorOf(text: string, start: string, people?: People): string | null | undefined {
  const doc = createTextDocument(text);
  const actors = people ? actorsFor(text, people) : extractActors(doc);
  const speaker = extractQuotes(doc, { actors }).find((q) => q.text.startsWith(start))?.speaker;
  return speaker?.actorId ? actors.find((a) => a.id === speaker.actorId)?.name : null;
}
