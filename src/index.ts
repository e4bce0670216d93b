/** The public API of newsfacts, for use as a library. */
export { parseArticle, type RawDocument } from './article/index.js';
export { extractFacts } from './facts/index.js';
export type { ExtractOptions } from './options.js';
export { processSource, recordFromDocument, referenceDayFor, type PipelineOptions } from './pipeline.js';
export * from './schema.js';
