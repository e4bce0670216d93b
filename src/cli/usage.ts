/** A mistake on the command line: reported on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
