/** `newsfacts eval`: run the extractor on every gold file's input and score it. */
import { readFile } from 'node:fs/promises';
import { recordFromDocument } from '../pipeline.js';
import { findGoldFiles, loadGold } from './gold.js';
import { scoreFailedFile, scoreFile, summarize, type FileScore, type Summary } from './score.js';

export { CATEGORIES, ARTICLE_CHECKS, type Category, type FileScore, type Summary } from './score.js';

export interface EvalResult {
  files: FileScore[];
  summary: Summary;
}

export async function evaluateGold(paths: readonly string[]): Promise<EvalResult> {
  const files: FileScore[] = [];
  for (const file of await findGoldFiles(paths)) {
    const loaded = await loadGold(file);
    if (!loaded) continue;
    const { gold, inputPath } = loaded;
    try {
      const bytes = await readFile(inputPath);
      const record = recordFromDocument(
        { source: inputPath, kind: 'file' },
        { bytes },
        { referenceDate: gold.referenceDate ?? null },
      );
      files.push(scoreFile(record, gold));
    } catch (error) {
      files.push(scoreFailedFile(gold, (error as Error).message));
    }
  }
  return { files, summary: summarize(files) };
}
