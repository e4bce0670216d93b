/**
 * The output record of newsfacts, written once: each part is a TypeBox schema
 * (plain JSON Schema objects at run time), and the TypeScript types are
 * derived from them with `Static`, so the types and the schema `newsfacts
 * schema` prints cannot drift apart. Evaluation tools and downstream
 * pipelines read this shape, so changes must stay additive.
 *
 * Why TypeBox: its builders *are* JSON Schema (no conversion step that could
 * lose a constraint), it has no run-time dependencies, and `Static` gives
 * exact types for optional and nullable fields.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';

export const SCHEMA_VERSION = 1 as const;

/** Stable error codes: scripts may branch on them. */
export const ERROR_CODES = [
  'ENOENT', // the file does not exist
  'EISDIR', // a directory was given where a file was expected
  'EACCES', // permission denied
  'EREAD', // any other read failure
  'EFETCH', // network failure fetching a URL
  'EHTTP', // the server answered with a non-2xx status
  'ETIMEOUT', // the fetch or extraction ran out of time
  'ETOOLARGE', // the input is over the size limit
  'EBINARY', // the input is not text (image, PDF, archive...)
  'EPARSE', // the input could not be parsed as an article (a JSON document, a feed given without --feed)
  'EEMPTY', // the input holds nothing but white space (or a feed lists no items)
  'ETRUNCATED', // the input ends early: a WARC record or gzip member cut short (an interrupted download)
  'EUNSUPPORTED', // a URL scheme that is not read (ftp:, file:, data:…): only http(s) URLs and paths are
  'EINTERNAL', // a bug: extraction threw
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Every code that may appear in article.warnings, with what it means (the
 * README's table and `newsfacts schema` both come from here). A warning is
 * not an error: the record still has facts, but a reader should look twice.
 */
export const WARNING_CODES = {
  'no-article-body': 'no article text was found (an index page, a login wall, an empty document)',
  'short-text': 'the article text is short (under 300 characters from HTML, 200 from plain text): a teaser, a caption or a stub',
  'deeply-nested-markup': 'the page nests elements over 400 deep; everything below that depth was flattened to its text',
  'binary-content': 'the text holds many control or replacement characters: probably not text, or the wrong encoding',
  'not-an-article': 'the page is not a single article (article.pageKind says what it is: a live blog, a listing, a forum…); facts come from all of its text',
  'relative-dates-without-reference': 'the text has relative dates ("Thursday", "last week") but neither the article, a feed item nor --reference-date gives a day to count from; they are left out of dates',
  'charset-mislabelled': 'the bytes were not valid in the charset the page declared (UTF-8) and were re-decoded as windows-1252',
} as const;
export type WarningCode = keyof typeof WARNING_CODES;

const WarningCodeSchema = Type.Unsafe<WarningCode>({
  type: 'string',
  enum: Object.keys(WARNING_CODES),
  description: Object.entries(WARNING_CODES).map(([code, meaning]) => `${code}: ${meaning}`).join('; '),
});

const nullable = <T extends TSchema>(schema: T, description?: string) => Type.Union([schema, Type.Null()], description ? { description } : {});
const nullableString = (description?: string) => nullable(Type.String(), description);
const offset = (description: string) => Type.Integer({ minimum: 0, description });
const strings = (description?: string) => Type.Array(Type.String(), description ? { description } : {});

export const InputKindSchema = Type.Union([Type.Literal('file'), Type.Literal('stdin'), Type.Literal('url'), Type.Literal('warc')], {
  description: 'warc: one HTML response record of the WARC file in source.',
});
export type InputKind = Static<typeof InputKindSchema>;

export const InputRefSchema = Type.Object({
  source: Type.String({ description: 'The path or URL exactly as the user gave it ("-" for stdin).' }),
  kind: InputKindSchema,
  url: Type.Optional(
    Type.String({ description: 'Where the bytes came from: the final URL after redirects for a URL input, the target URI for a WARC record.' }),
  ),
  warcRecordId: Type.Optional(Type.String({ description: "A WARC record's WARC-Record-ID." })),
});
export type InputRef = Static<typeof InputRefSchema>;

export const MentionSchema = Type.Object(
  {
    text: Type.String(),
    start: offset('Offset of the first character in article.text.'),
    end: offset('Offset after the last character in article.text.'),
  },
  { description: 'A span of article.text: article.text.slice(start, end) === text.' },
);
export type Mention = Static<typeof MentionSchema>;

export const PAGE_KINDS = ['article', 'liveblog', 'listing', 'forum', 'product', 'documentation', 'other'] as const;
export const PageKindSchema = Type.Union(PAGE_KINDS.map((k) => Type.Literal(k)), {
  description: 'What the page is; facts from a page that is not an article carry the "not-an-article" warning.',
});
export type PageKind = Static<typeof PageKindSchema>;

export const ArticleSchema = Type.Object({
  title: nullableString(),
  authors: strings('Names only. People when the page names any; otherwise the organization, team or account handle an author field declares.'),
  publishedAt: nullableString('ISO-8601, with time zone offset when the page states one.'),
  modifiedAt: nullableString(),
  siteName: nullableString(),
  url: nullableString('Canonical URL of this page.'),
  sourceUrl: nullableString("The original publisher's URL when this page is a syndicated copy."),
  language: nullableString('BCP-47 language tag when known ("en", "pt-BR").'),
  pageKind: PageKindSchema,
  text: Type.String({ description: 'The article body only; paragraphs separated by a blank line.' }),
  warnings: Type.Array(WarningCodeSchema, { description: 'Things the reader should know about this article; each code is listed in the enum.' }),
});
export type Article = Static<typeof ArticleSchema>;

export const ActorTypeSchema = Type.Union([Type.Literal('person'), Type.Literal('organization'), Type.Literal('country'), Type.Literal('group')]);
export type ActorType = Static<typeof ActorTypeSchema>;

export const ActorSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: ActorTypeSchema,
  roles: strings(),
  affiliation: nullableString(),
  mentions: Type.Array(MentionSchema),
});
export type Actor = Static<typeof ActorSchema>;

export const EquipmentSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  category: nullableString(
    'What kind of hardware: aircraft, helicopter, drone, missile, rocket, artillery, rocket artillery, tank, armored vehicle, '
    + 'military vehicle, vehicle, explosive, mine, munition, small arms, weapon, air defense system, radar, vessel, submarine, '
    + 'space, and others for civilian hardware.',
  ),
  model: nullableString('Model designator when one is named ("S-400", "F-16", "MM40 Block 3").'),
  make: nullableString('The maker when named with the model ("Boeing" in "Boeing 787").'),
  origin: nullableString('Country of origin when stated ("a Russian transport plane", "supplied by France").'),
  quantity: nullable(Type.Number(), 'A stated count ("30 Boeing 787 jets" gives 30; a range gives its lower bound).'),
  quantityText: nullableString('The count as written when it is not exact ("dozens of", "between 10 and 15", "about 40").'),
  mentions: Type.Array(MentionSchema),
});
export type Equipment = Static<typeof EquipmentSchema>;

export const DateFactSchema = Type.Object({
  text: Type.String({ description: 'The expression as written.' }),
  value: Type.String({
    description: "ISO-8601 at the expression's own granularity (2024-04-11, 2024-01, 2023, 2019-W47, 2019-W47-WE for a weekend, 2024-04-10T20:00; a part of a day as in ISO-TimeML: 2024-04-10TNI night, TMO morning, TAF afternoon, TEV evening, TDT daytime).",
  }),
  start: offset('Offset of the first character in article.text.'),
  end: offset('Offset after the last character in article.text.'),
  modifier: nullableString('Qualifier that does not change granularity: early, mid, late, morning, night...'),
});
export type DateFact = Static<typeof DateFactSchema>;

export const QuoteKindSchema = Type.Union([Type.Literal('direct'), Type.Literal('partial'), Type.Literal('indirect')]);
export type QuoteKind = Static<typeof QuoteKindSchema>;

export const SpeakerSchema = Type.Object({
  name: Type.String(),
  actorId: nullableString('The id of the actor this speaker refers to, when it is one.'),
});
export type Speaker = Static<typeof SpeakerSchema>;

export const QuoteSchema = Type.Object({
  text: Type.String({ description: 'The quoted words, without the quotation marks.' }),
  kind: QuoteKindSchema,
  speaker: nullable(SpeakerSchema),
  cue: nullableString('The verb or phrase that attributes the quote ("said", "according to").'),
  start: offset('Offset of the first character in article.text.'),
  end: offset('Offset after the last character in article.text.'),
});
export type Quote = Static<typeof QuoteSchema>;

export const FactsSchema = Type.Object({
  actors: Type.Array(ActorSchema),
  equipment: Type.Array(EquipmentSchema),
  dates: Type.Array(DateFactSchema),
  quotes: Type.Array(QuoteSchema),
});
export type Facts = Static<typeof FactsSchema>;

export const FeedRefSchema = Type.Object(
  {
    title: nullableString("The feed's own title."),
    itemTitle: nullableString(),
    itemPublishedAt: nullableString("The item's date (pubDate, published or updated), ISO-8601 in UTC."),
    itemLink: nullableString(),
  },
  { description: 'Where a record came from when its input was an item of an RSS or Atom feed.' },
);
export type FeedRef = Static<typeof FeedRefSchema>;

const recordHead = {
  schemaVersion: Type.Literal(SCHEMA_VERSION),
  input: InputRefSchema,
  feed: Type.Optional(FeedRefSchema),
};

export const ResultRecordSchema = Type.Object({ ...recordHead, article: ArticleSchema, ...FactsSchema.properties });
export type ResultRecord = Static<typeof ResultRecordSchema>;

export const ErrorRecordSchema = Type.Object({
  ...recordHead,
  error: Type.Object({
    code: Type.Unsafe<ErrorCode>({ type: 'string', enum: [...ERROR_CODES] }),
    message: Type.String(),
  }),
});
export type ErrorRecord = Static<typeof ErrorRecordSchema>;

export const OutputRecordSchema = Type.Union([ResultRecordSchema, ErrorRecordSchema]);
export type OutputRecord = Static<typeof OutputRecordSchema>;

export function isErrorRecord(record: OutputRecord): record is ErrorRecord {
  return 'error' in record;
}

/** The JSON Schema (draft 2020-12) of one output record, as `newsfacts schema` prints it. */
export const recordJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://newsfacts.dev/schema/record-v1.json',
  title: 'newsfacts output record',
  description: 'One record per input: the extracted article and its facts, or an error.',
  oneOf: [ResultRecordSchema, ErrorRecordSchema],
};
