/**
 * End matter: after the story, a page often goes on inside the same container with sections that
 * are not the story, each under its own heading: "About the author", "You may also like",
 * "Related articles", "Disclaimer", "Leave a comment", "Written by NAME", "How was this issue?",
 * "This story is funded by readers like you", "Pin this for later". A heading of that kind in the
 * last part of the text starts the end matter, and it and everything after it go.
 */
import type { Element } from 'domhandler';

const END_MATTER_HEADING = new RegExp(
  '^(?:' + [
    'you (?:may|might|will|could) (?:also )?(?:like|love|enjoy|be interested(?: in)?)',
    'you might have missed',
    '(?:related|recommended|similar|popular|trending|latest|recent|more) (?:posts|articles|stories|reading|reads|topics|guides|content|news|insights)',
    'more (?:from|by|on|in|about) .{1,40}',
    'keep reading',
    'read (?:next|more)',
    'explore (?:more|the latest)\\b.{0,60}',
    'about (?:the )?(?:author|authors|writer|reviewer|editor|contributor)s?',
    'meet the (?:author|writer)s?',
    'disclaimer',
    '(?:leave|post|add) a (?:comment|reply)',
    '\\d* ?(?:comments|responses|replies)(?: \\(\\d+\\))?',
    'share this(?: (?:article|post|story|page))?',
    '(?:sign up|subscribe) (?:for|to) .{1,60}',
    // The author's sign-off box, the newsletter's feedback poll, the reader-funding appeal.
    'written by [\\p{Lu}][\\p{L}.\'’-]+(?: [\\p{Lu}][\\p{L}.\'’-]+){0,3}',
    'how (?:was|did you like|did we do (?:with|in)) (?:this|today\'s|this week\'s) (?:issue|newsletter|edition|post|article|email)',
    '(?:this|our) (?:story|article|journalism|reporting|work|newsroom) is (?:funded|supported|made possible|powered) by .{1,40}',
    'support (?:us|our (?:work|journalism|reporting|newsroom))',
    'pin (?:this|it) for later',
  ].join('|') + ')\\s*[:.!?]*$', 'iu');

const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** The end matter may take at most this share of the text: the story comes first. */
const MAX_END_SHARE = 0.4;

/**
 * The index of the block that starts the end matter, or blocks.length when there is none. A block
 * counts as its heading when it is an <h2>-<h6> (or a short line of its own, 60 characters at most)
 * that names an end-matter section and stands after the first 60% of the text.
 */
export function endMatterStart(blocks: { text: string; el: Element }[]): number {
  let total = 0;
  for (const b of blocks) total += b.text.length;
  if (total === 0) return blocks.length;
  let before = 0;
  for (let i = 0; i < blocks.length; i++) {
    const { text, el } = blocks[i]!;
    if (i > 0 && before >= total * (1 - MAX_END_SHARE) && text.length <= 60 && (HEADING_TAGS.has(el.name) || text.length <= 40) && END_MATTER_HEADING.test(text.trim())) return i;
    before += text.length;
  }
  return blocks.length;
}
