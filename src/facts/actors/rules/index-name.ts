/**
 * " industrial average", " composite index", " 100 index": the words after a company or exchange
 * name that make the whole phrase a market index, a figure that rises and falls, not a body that
 * acts. (On the wire corpus's training split a name right before index/average/composite was
 * annotated as another kind of name 28 times of 33, and as an organization twice.)
 */
const INDEX_AFTER = /^ (?:(?:industrial|composite|stock|share|all-share|price|transportation|utilities|utility|blue-chip|\d+)\s+){0,2}(?:index|indices|indexes|average|averages|composite)\b/u;

/** The name ending at `end` in `text` is the first part of a market index's name ("X industrial average"). */
export function namesAnIndex(text: string, end: number): boolean {
  return INDEX_AFTER.test(text.slice(end, end + 48));
}
