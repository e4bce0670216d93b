/**
 * Bylines split over two elements: a label element that says only "By", "Written by", "Article by"
 * or "Author", and the next element, which holds the name ("<p>Written by</p><p>Jane Doe</p>",
 * "<h3>Author</h3><p>Jane Doe</p>"). Neither element carries a byline class and the name element
 * has no "By" of its own, so the hint search and the "By" line rule both miss it.
 */
import type { Element } from 'domhandler';
import { textOf } from '../dom-text.js';

const LABEL = /^(?:by|written by|article by|posted by|authored by|words by|story by|author|authors)\s*:?$/i;
const MAX_LABEL = 14;
const MAX_NAME = 80;


/** The element after a by-label element, when `el` is one; null otherwise (the common case, cheaply). */
export function labelledByline(el: Element): Element | null {
  const kids = el.children;
  if (kids.length !== 1) return null;
  const only = kids[0]!;
  if (only.type !== 'text' || only.data.length > MAX_LABEL + 20) return null;
  const label = only.data.replace(/\s+/g, ' ').trim();
  if (label.length > MAX_LABEL || !LABEL.test(label)) return null;
  let next = el.next;
  while (next && next.type === 'text' && next.data.trim() === '') next = next.next;
  if (!next || next.type !== 'tag') return null;
  const text = textOf(next).replace(/\s+/g, ' ').trim();
  return text.length >= 2 && text.length <= MAX_NAME ? (next as Element) : null;
}

/** Whether `el` is the name element that a by-label element just before it introduces. */
export function followsByLabel(el: Element): boolean {
  let prev = el.prev;
  while (prev && prev.type === 'text' && prev.data.trim() === '') prev = prev.prev;
  return !!prev && prev.type === 'tag' && labelledByline(prev as Element) === el;
}
