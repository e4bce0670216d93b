/**
 * Prompt boxes: inside the story's own container, templates put boxes that speak to the reader
 * instead of telling the story: the paywall's "this story is for subscribers, log in" breaker, the
 * logged-out view of members-only content, the affiliate or legal disclaimer, the "support us,
 * donate" appeal. Their class names say so in one of their parts (split at "-", "_" and spaces):
 * "restricted-content-breaker", "premium-content-logged-out-view", "affiliate-disclaimer",
 * "inline-box -donate". Being inside a box named as the body ("entry-content") does not save them.
 */

/** Whole parts of a class/id that name a prompt box. */
const PROMPT_PART = /^(?:disclaimers?|donate|donations?)$/;
/** Two-part names: a restricted (paywalled) view, a logged-out view. */
const PROMPT_PAIR = /(?:^|[\s_-])(?:restricted[_-](?:content|message|story|article)|logged[_-]?out|paywall[_-]?(?:cta|prompt|login|message|breaker))(?:$|[\s_-])/;

/** Whether a class/id hint names a paywall, sign-in, disclaimer or donation prompt box. */
export function isPromptBox(hint: string): boolean {
  if (hint === '') return false;
  const lower = hint.toLowerCase();
  // Cheap pre-check: most hints hold none of the words.
  if (!lower.includes('disclaim') && !lower.includes('donat') && !lower.includes('restricted') && !lower.includes('logged') && !lower.includes('paywall')) return false;
  if (PROMPT_PAIR.test(lower)) return true;
  return lower.split(/[\s_-]+/).some((part) => PROMPT_PART.test(part));
}
