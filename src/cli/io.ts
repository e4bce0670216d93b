/** The process surroundings a command runs in, injected so tests can replace them. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export const processIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});

/** Exit codes CI can trust. */
export const EXIT = {
  ok: 0,
  /** Some input failed (its record carries the error), or eval fell under --fail-under. */
  failure: 1,
  /** The command line was wrong. */
  usage: 2,
  /** Stopped by SIGINT (128 + 2): what was printed is closed. */
  interrupted: 130,
  /** Stopped by SIGTERM (128 + 15). */
  terminated: 143,
} as const;
