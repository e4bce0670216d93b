/**
 * Hidden on arrival, shown by the page itself. Two kinds of hidden element hold the reader's text
 * rather than a stale copy or a template:
 *   - streamed segments: server rendering that streams (React's Suspense) sends late parts of the
 *     page as `<div hidden id="S:n">` and a script moves each into its place;
 *   - collapsed panels: accordion answers, "read more" expanders and tab panels are in the markup,
 *     folded until a click, and count as the page's text.
 */
import type { Element } from 'domhandler';

const STREAMED_SEGMENT = /^S:\d+$/;
const COLLAPSED_ROLE = /^(?:region|tabpanel)$/i;
const COLLAPSED_HINT = /accordion|collaps|expand|answer|faq|tab-?(?:pane|panel|content)|read-?more-?(?:content|text|body)|panel-?(?:body|content)|toggle-?content/i;

export function isRevealedLater(el: Element): boolean {
  const a = el.attribs ?? {};
  if (a.id && STREAMED_SEGMENT.test(a.id)) return true;
  if (a.role && COLLAPSED_ROLE.test(a.role)) return true;
  return COLLAPSED_HINT.test(`${a.class ?? ''} ${a.id ?? ''}`);
}
