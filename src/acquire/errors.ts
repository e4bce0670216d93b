import type { ErrorCode } from '../schema.js';

/** A failure that belongs to one input: it becomes that input's error record. */
export class InputError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Map a Node.js system error to a stable code and a readable message. */
export function fromSystemError(error: unknown, source: string): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError('ENOENT', `no such file: ${source}`);
    case 'EISDIR':
      return new InputError('EISDIR', `is a directory, not a file: ${source}`);
    case 'EACCES':
    case 'EPERM':
      return new InputError('EACCES', `permission denied: ${source}`);
    default:
      return new InputError('EREAD', `cannot read ${source}: ${(error as Error)?.message ?? String(error)}`);
  }
}

/** Code and message for any failure of one input: InputErrors keep theirs, anything else is a bug (EINTERNAL). */
export function describeFailure(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof InputError) return { code: error.code, message: error.message };
  return { code: 'EINTERNAL', message: `extraction failed: ${(error as Error)?.message ?? String(error)}` };
}
