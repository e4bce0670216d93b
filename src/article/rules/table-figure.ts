/**
 * A <figure> that holds a <table> is a data table of the story (block editors wrap every table in
 * one: <figure class="...-table"><table>...</table><figcaption>), not a picture with a caption, so
 * the content stage reads it like any other block instead of skipping it as an image figure.
 */
import type { Element } from 'domhandler';

const MAX_DEPTH = 3;

export function isTableFigure(el: Element): boolean {
  if (el.name !== 'figure') return false;
  const holdsTable = (node: Element, depth: number): boolean =>
    node.children.some((c) => c.type === 'tag' && ((c as Element).name === 'table' || (depth < MAX_DEPTH && holdsTable(c as Element, depth + 1))));
  return holdsTable(el, 1);
}
