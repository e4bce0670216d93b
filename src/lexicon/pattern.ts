/**
 * Word lists into regular expressions, in one place, so a list and the
 * pattern that finds its words cannot drift apart.
 */

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * One written form as a regex source: spaces match any run of white space,
 * an apostrophe matches straight or curly, and a trailing period is optional
 * ("Sept." or "Sept").
 */
export function formPattern(form: string): string {
  return form
    .replace(REGEX_SPECIAL, '\\$&')
    .replace(/ /g, '\\s+')
    .replace(/['’]/g, "['’]")
    .replace(/\\\.$/, '\\.?');
}

/**
 * A non-capturing alternation of the forms, longest first so that "Christmas
 * Day" wins over "Christmas" wherever both could match.
 */
export function alternation(forms: Iterable<string>): string {
  // An optional final period does not count: "June" must come before "Jun.".
  const length = (form: string): number => form.length - (form.endsWith('.') ? 1 : 0);
  const sorted = [...new Set(forms)].sort((a, b) => length(b) - length(a) || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${sorted.map(formPattern).join('|')})`;
}
