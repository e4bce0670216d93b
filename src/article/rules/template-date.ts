/**
 * A structured date written for people, not machines: a JSON-LD datePublished of "Jun 24, 2025"
 * instead of ISO 8601. Such a value is printed by a page template (often the build or last-edit
 * date), not by the CMS's date field, and yields to an earlier date the page shows in its byline.
 */
const MACHINE_DATE = /^\s*\d{4}-\d{2}-\d{2}(?:$|[T\s])/;

export function isTemplateDate(raw: string | null | undefined): boolean {
  if (!raw || !/\d/.test(raw)) return false;
  return !MACHINE_DATE.test(raw) && /\p{L}/u.test(raw);
}
