/**
 * Holidays whose day is the same everywhere they are named in English news,
 * as data: each written form, and how its day follows from the year. Adding a
 * holiday is one entry here; the date parser, the value resolver and the
 * actor filter (a holiday is not an organization) all read this table.
 *
 * Left out on purpose: days that differ by country under one name
 * (Independence Day, Labor Day, Memorial Day, Mother's Day) and lunar
 * calendars (Ramadan, Eid, Lunar New Year; see UNDATED_FEASTS).
 */

/** How a holiday's day follows from the year. */
export type HolidayDay =
  | { readonly fixed: readonly [month: number, day: number] }
  /** Days after (or, negative, before) Easter Sunday. */
  | { readonly fromEaster: number }
  /** Days after US Thanksgiving (the fourth Thursday of November). */
  | { readonly fromThanksgiving: number };

export interface Holiday {
  /** The key values and tests use: lower case, curly apostrophe. */
  readonly name: string;
  /** Every written form, capitalized as written ("St Patrick's Day" also matches "St." and "Saint"). */
  readonly forms: readonly string[];
  readonly day: HolidayDay;
  /**
   * The name also stands for a feast, a season or a sales event, so it is a
   * day only with a time cue: "before Christmas" is a day, "Christmas is a
   * time for giving" is not.
   */
  readonly alsoNamesASeason: boolean;
}

export const HOLIDAYS: readonly Holiday[] = [
  { name: 'christmas', forms: ['Christmas', 'Christmas Day'], day: { fixed: [12, 25] }, alsoNamesASeason: true },
  { name: 'christmas eve', forms: ['Christmas Eve'], day: { fixed: [12, 24] }, alsoNamesASeason: false },
  { name: 'boxing day', forms: ['Boxing Day'], day: { fixed: [12, 26] }, alsoNamesASeason: false },
  { name: 'new year’s day', forms: ['New Year’s Day'], day: { fixed: [1, 1] }, alsoNamesASeason: false },
  { name: 'new year’s eve', forms: ['New Year’s Eve'], day: { fixed: [12, 31] }, alsoNamesASeason: false },
  { name: 'halloween', forms: ['Halloween'], day: { fixed: [10, 31] }, alsoNamesASeason: true },
  { name: 'valentine’s day', forms: ['Valentine’s Day'], day: { fixed: [2, 14] }, alsoNamesASeason: false },
  { name: 'st patrick’s day', forms: ['St Patrick’s Day', 'St. Patrick’s Day', 'Saint Patrick’s Day'], day: { fixed: [3, 17] }, alsoNamesASeason: false },
  { name: 'easter', forms: ['Easter', 'Easter Sunday', 'Easter Day'], day: { fromEaster: 0 }, alsoNamesASeason: true },
  { name: 'good friday', forms: ['Good Friday'], day: { fromEaster: -2 }, alsoNamesASeason: false },
  { name: 'easter monday', forms: ['Easter Monday'], day: { fromEaster: 1 }, alsoNamesASeason: false },
  { name: 'palm sunday', forms: ['Palm Sunday'], day: { fromEaster: -7 }, alsoNamesASeason: false },
  { name: 'ash wednesday', forms: ['Ash Wednesday'], day: { fromEaster: -46 }, alsoNamesASeason: false },
  { name: 'thanksgiving', forms: ['Thanksgiving', 'Thanksgiving Day'], day: { fromThanksgiving: 0 }, alsoNamesASeason: true },
  { name: 'black friday', forms: ['Black Friday'], day: { fromThanksgiving: 1 }, alsoNamesASeason: true },
  { name: 'cyber monday', forms: ['Cyber Monday'], day: { fromThanksgiving: 4 }, alsoNamesASeason: true },
];
