/**
 * Content after </body> or </html>. Templates that print a closing tag too early (a footer include
 * that closes the document, then the story) are common; browsers put everything after it into
 * <body>, but htmlparser2 leaves it beside <body> under <html> or the document root, where the
 * body search never looks. This moves those nodes to the end of <body>, as a browser would.
 */
import type { ChildNode, Document, Element } from 'domhandler';

/** Nodes that belong in <head> or are whitespace stay where they are. */
function isStray(node: ChildNode): boolean {
  if (node.type === 'text') return node.data.trim().length > 0;
  if (node.type !== 'tag') return false;
  return !['head', 'body', 'html', 'meta', 'link', 'title', 'base'].includes((node as Element).name);
}

export function moveStrayContentIntoBody(doc: Document, body: Element): void {
  if ((body as unknown) === doc) return; // a fragment: the root is the body
  const html = body.parent as Element | Document | null;
  const parents = html && html !== doc ? [html, doc] : [doc];
  for (const parent of parents) {
    const index = parent.children.indexOf(parents[0] === parent ? body : (html as ChildNode));
    if (index < 0) continue;
    const stray = parent.children.slice(index + 1).filter(isStray);
    if (stray.length === 0) continue;
    const moving = new Set<ChildNode>(stray); // a Set: bodiless pages can leave thousands of nodes here
    parent.children = parent.children.filter((c) => !moving.has(c));
    for (const node of stray) {
      node.parent = body;
      body.children.push(node);
    }
  }
  // Keep the sibling links consistent for any walker that follows them.
  body.children.forEach((c, i) => {
    c.prev = body.children[i - 1] ?? null;
    c.next = body.children[i + 1] ?? null;
  });
}
