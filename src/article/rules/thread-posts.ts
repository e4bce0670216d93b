/**
 * Threads: on a forum page the replies are the page's text. Forum software names its posts and
 * the list of them "comment", "reply", "replies" ("comment-list", "reply-body"), the very names
 * that mark a news page's comment section as boilerplate. On a page that says it is a thread
 * (rules/page-kind.ts `forum`), those words are no sign of boilerplate; any other boilerplate name
 * on the same box (an ad, a share bar, a sidebar) still is.
 */
import type { PageKind } from '../../schema.js';

const POST_WORDS = /comments?|repl(?:y|ies)/gi;

/** The class/id hint with the thread's post words taken out on a forum page; unchanged elsewhere. */
export function hintForKind(hint: string, kind: PageKind | undefined): string {
  return kind === 'forum' ? hint.replace(POST_WORDS, ' ').trim() : hint;
}
