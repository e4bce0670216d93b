/**
 * A story swallowed by a page-furniture element: an <aside> banner, a <header> or a <nav> left
 * unclosed (or closed with the wrong end tags) takes everything after it as its children, <main>
 * and <article> included, and the content stage, which skips such elements whole, finds no text.
 * No page sets its <main> inside a banner on purpose, nor its only <article> inside furniture when
 * the rest of the page is empty: such a container is a mis-nested wrapper and is read as a <div>.
 */
import type { AnyNode, Element } from 'domhandler';

const FURNITURE = new Set(['aside', 'header', 'nav', 'footer', 'form', 'figure']);
const STORY = new Set(['main', 'article']);

/**
 * Renames to <div> every furniture element that holds a <main> or an <article>; returns whether
 * any was found. Meant for a page whose first reading found no text at all.
 */
export function unwrapSwallowedStory(root: Element): boolean {
  const wrappers = new Set<Element>();
  const walk = (node: AnyNode, furniture: Element[]): void => {
    if (node.type !== 'tag') return;
    const el = node as Element;
    if (STORY.has(el.name)) for (const f of furniture) wrappers.add(f);
    const inside = FURNITURE.has(el.name) ? [...furniture, el] : furniture;
    for (const c of el.children) walk(c, inside);
  };
  for (const c of root.children) walk(c, []);
  for (const w of wrappers) {
    w.name = 'div';
    // Its banner or menu class would mark it as boilerplate again.
    delete w.attribs.class;
    delete w.attribs.id;
    delete w.attribs.role;
  }
  return wrappers.size > 0;
}
