/**
 * The text of a DOM node as written: text nodes joined, scripts, styles and comments left out.
 * One definition for every article rule, so metadata, bylines and content read the same text.
 */
import type { AnyNode, Element } from 'domhandler';

export function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (node.type !== 'tag' && node.type !== 'root') return '';
  let out = '';
  for (const c of (node as Element).children) out += textOf(c);
  return out;
}
