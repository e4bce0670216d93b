/**
 * The story's <time> is the one that sits with its headline: of the page's <time datetime>
 * elements, the one whose nearest common ancestor with the <h1> is deepest in the tree (a byline
 * box beside the headline), not one of a teaser list or sidebar elsewhere on the page, even when
 * that list comes first. Ties go to document order.
 */
import type { Element } from 'domhandler';

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let p: Element | null = el; p; p = p.parent && p.parent.type === 'tag' ? (p.parent as Element) : null) out.push(p);
  return out;
}

export function timeNearHeadline(times: Element[], h1: Element | undefined): Element | undefined {
  if (!h1 || times.length < 2) return times[0];
  const h1Line = new Map(ancestors(h1).map((a, i) => [a, i] as const));
  let best: Element | undefined;
  let bestDistance = Infinity;
  for (const t of times) {
    // Steps from the h1 up to the common ancestor: fewer is nearer.
    const shared = ancestors(t).find((a) => h1Line.has(a));
    const distance = shared ? h1Line.get(shared)! : Infinity;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = t;
    }
  }
  return best ?? times[0];
}
