/**
 * Stacked headlines: an <h1> that sets a headline and a subtitle on two lines in one element,
 * split by a <br> or by a child element that CSS puts on its own line and that starts right after
 * the headline's last character ("The best cider<span class="sub">Our picks for 2025</span>").
 * Read as written, the two lines run together ("ciderOur"); read line by line they are the
 * headline and its subtitle, and the h1 as a whole is not one headline.
 */
import type { AnyNode, Element } from 'domhandler';
import { textOf } from '../dom-text.js';

/**
 * The lines of an <h1>: split at <br>, and at a child element whose text starts with a capital or
 * a digit straight after the text before it (no space between them: the element is a second line,
 * not a word inside the first). Each line with its whitespace collapsed; empty lines dropped.
 */
export function headlineLines(h1: Element): string[] {
  const lines: string[] = [''];
  const walk = (node: AnyNode, top: boolean): void => {
    if (node.type === 'text') {
      lines[lines.length - 1] += node.data;
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    if (el.name === 'br') {
      lines.push('');
      return;
    }
    if (top && el !== h1) {
      const before = lines[lines.length - 1]!;
      const own = textOf(el);
      if (/\S$/.test(before) && /^[\p{Lu}\p{N}]/u.test(own) && /[\p{Ll})]$/u.test(before)) lines.push('');
    }
    for (const c of el.children) walk(c, el === h1);
  };
  walk(h1, false);
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l.length > 0);
}
