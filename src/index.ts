/** The public API of newsfacts, for use as a library. */
export { parseArticle, type RawDocument } from './article/index.js';
export { extractFacts, type FactOptions } from './facts/index.js';
export { processSource, recordFromDocument, type PipelineOptions } from './pipeline.js';
export * from './schema.js';
