/**
 * The shipped weights (weights.bin beside this module; `npm run train:ner`
 * rebuilds them, `npm run build` copies them into dist). Read once, on the
 * first article that needs them, and kept as an immutable view: a process
 * that never extracts actors never reads the file.
 */
import { readFileSync } from 'node:fs';
import { deserializeModel, type TaggerModel } from './model.js';

export const WEIGHTS_FILE = new URL('./weights.bin', import.meta.url);

let cached: TaggerModel | null | undefined;

/** The shipped model, or null when the weights file is missing (a checkout before `npm run train:ner`). */
export function shippedModel(): TaggerModel | null {
  if (cached === undefined) {
    try {
      cached = Object.freeze(deserializeModel(readFileSync(WEIGHTS_FILE)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      cached = null;
    }
  }
  return cached;
}
