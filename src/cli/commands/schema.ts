import { recordJsonSchema } from '../../schema.js';
import { EXIT, type Io } from '../io.js';

/** `newsfacts schema`: the JSON Schema of one output record. */
export function runSchema(io: Io): number {
  io.stdout.write(`${JSON.stringify(recordJsonSchema, null, 2)}\n`);
  return EXIT.ok;
}
