/**
 * The output record of newsfacts: TypeScript types and the JSON Schema that
 * describes them. This file is the single source of truth; evaluation tools
 * and downstream pipelines read this shape, so changes must stay additive.
 */

export const SCHEMA_VERSION = 1 as const;

export type InputKind = 'file' | 'stdin' | 'url';

export interface InputRef {
  /** The path or URL exactly as the user gave it ("-" for stdin). */
  source: string;
  kind: InputKind;
}

/** A span of `article.text`: `article.text.slice(start, end) === text`. */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

export interface Article {
  title: string | null;
  authors: string[];
  /** ISO-8601, with time zone offset when the page states one. */
  publishedAt: string | null;
  modifiedAt: string | null;
  siteName: string | null;
  /** Canonical URL of this page. */
  url: string | null;
  /** The original publisher's URL when this page is a syndicated copy. */
  sourceUrl: string | null;
  /** BCP-47 language tag when known ("en", "pt-BR"). */
  language: string | null;
  /** The article body only; paragraphs separated by a blank line. */
  text: string;
  /** Things the reader should know about this article (e.g. "short-text"). */
  warnings: string[];
}

export type ActorType = 'person' | 'organization' | 'country' | 'group';

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  roles: string[];
  affiliation: string | null;
  mentions: Mention[];
}

export interface Equipment {
  id: string;
  name: string;
  category: string | null;
  /** Model designator when one is named ("S-400", "F-16"). */
  model: string | null;
  /** Country or maker of origin when stated ("a Russian transport plane"). */
  origin: string | null;
  /** A stated count ("30 Boeing 787 jets" → 30). */
  quantity: number | null;
  mentions: Mention[];
}

export interface DateFact {
  /** The expression as written. */
  text: string;
  /** ISO-8601 at the expression's own granularity (2024-04-11, 2024-01, 2023, 2019-W47, 2024-04-10T20:00). */
  value: string;
  start: number;
  end: number;
  /** Qualifier that does not change granularity: early, mid, late, morning, night... */
  modifier: string | null;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Speaker {
  name: string;
  /** The id of the actor this speaker refers to, when it is one. */
  actorId: string | null;
}

export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  /** The verb or phrase that attributes the quote ("said", "according to"). */
  cue: string | null;
  start: number;
  end: number;
}

export interface Facts {
  actors: Actor[];
  equipment: Equipment[];
  dates: DateFact[];
  quotes: Quote[];
}

/** Where a record came from when its input was an item of an RSS or Atom feed. */
export interface FeedRef {
  /** The feed's own title. */
  title: string | null;
  itemTitle: string | null;
  /** The item's date (pubDate, published or updated), ISO-8601 in UTC. */
  itemPublishedAt: string | null;
  itemLink: string | null;
}

export interface ResultRecord extends Facts {
  schemaVersion: typeof SCHEMA_VERSION;
  input: InputRef;
  /** Present only for inputs that came from a feed (--feed). */
  feed?: FeedRef;
  article: Article;
}

export interface ErrorRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  input: InputRef;
  feed?: FeedRef;
  error: { code: ErrorCode; message: string };
}

export type OutputRecord = ResultRecord | ErrorRecord;

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
  'EPARSE', // the input could not be parsed as an article
  'EINTERNAL', // a bug: extraction threw
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorRecord(record: OutputRecord): record is ErrorRecord {
  return 'error' in record;
}

// ---------------------------------------------------------------------------
// JSON Schema (draft 2020-12). Kept beside the types so both change together.

const nullableString = { type: ['string', 'null'] } as const;
const offset = { type: 'integer', minimum: 0 } as const;

const mentionSchema = {
  type: 'object',
  required: ['text', 'start', 'end'],
  properties: { text: { type: 'string' }, start: offset, end: offset },
} as const;

const inputSchema = {
  type: 'object',
  required: ['source', 'kind'],
  properties: {
    source: { type: 'string' },
    kind: { enum: ['file', 'stdin', 'url'] },
  },
} as const;

const feedSchema = {
  type: 'object',
  required: ['title', 'itemTitle', 'itemPublishedAt', 'itemLink'],
  properties: {
    title: nullableString,
    itemTitle: nullableString,
    itemPublishedAt: nullableString,
    itemLink: nullableString,
  },
} as const;

export const recordJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://newsfacts.dev/schema/record-v1.json',
  title: 'newsfacts output record',
  description: 'One record per input: the extracted article and its facts, or an error.',
  oneOf: [{ $ref: '#/$defs/result' }, { $ref: '#/$defs/error' }],
  $defs: {
    mention: mentionSchema,
    result: {
      type: 'object',
      required: ['schemaVersion', 'input', 'article', 'actors', 'equipment', 'dates', 'quotes'],
      properties: {
        schemaVersion: { const: SCHEMA_VERSION },
        input: inputSchema,
        feed: feedSchema,
        article: {
          type: 'object',
          required: [
            'title', 'authors', 'publishedAt', 'modifiedAt', 'siteName',
            'url', 'sourceUrl', 'language', 'text', 'warnings',
          ],
          properties: {
            title: nullableString,
            authors: { type: 'array', items: { type: 'string' } },
            publishedAt: nullableString,
            modifiedAt: nullableString,
            siteName: nullableString,
            url: nullableString,
            sourceUrl: nullableString,
            language: nullableString,
            text: { type: 'string' },
            warnings: { type: 'array', items: { type: 'string' } },
          },
        },
        actors: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'name', 'type', 'roles', 'affiliation', 'mentions'],
            properties: {
              id: { type: 'string' },
              name: { type: 'string' },
              type: { enum: ['person', 'organization', 'country', 'group'] },
              roles: { type: 'array', items: { type: 'string' } },
              affiliation: nullableString,
              mentions: { type: 'array', items: { $ref: '#/$defs/mention' } },
            },
          },
        },
        equipment: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'name', 'category', 'model', 'origin', 'quantity', 'mentions'],
            properties: {
              id: { type: 'string' },
              name: { type: 'string' },
              category: nullableString,
              model: nullableString,
              origin: nullableString,
              quantity: { type: ['number', 'null'] },
              mentions: { type: 'array', items: { $ref: '#/$defs/mention' } },
            },
          },
        },
        dates: {
          type: 'array',
          items: {
            type: 'object',
            required: ['text', 'value', 'start', 'end', 'modifier'],
            properties: {
              text: { type: 'string' },
              value: { type: 'string' },
              start: offset,
              end: offset,
              modifier: nullableString,
            },
          },
        },
        quotes: {
          type: 'array',
          items: {
            type: 'object',
            required: ['text', 'kind', 'speaker', 'cue', 'start', 'end'],
            properties: {
              text: { type: 'string' },
              kind: { enum: ['direct', 'partial', 'indirect'] },
              speaker: {
                oneOf: [
                  { type: 'null' },
                  {
                    type: 'object',
                    required: ['name', 'actorId'],
                    properties: { name: { type: 'string' }, actorId: nullableString },
                  },
                ],
              },
              cue: nullableString,
              start: offset,
              end: offset,
            },
          },
        },
      },
    },
    error: {
      type: 'object',
      required: ['schemaVersion', 'input', 'error'],
      properties: {
        schemaVersion: { const: SCHEMA_VERSION },
        input: inputSchema,
        feed: feedSchema,
        error: {
          type: 'object',
          required: ['code', 'message'],
          properties: {
            code: { enum: [...ERROR_CODES] },
            message: { type: 'string' },
          },
        },
      },
    },
  },
} as const;
