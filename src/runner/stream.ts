/**
 * Run work over a lazy stream of jobs with a bounded number in flight, and
 * hand results on as they finish: in input order (a reorder buffer holds the
 * ones that finish early) or as they come. Memory stays flat however long
 * the stream: at most `window` jobs are started but not yet emitted, and the
 * next job is not even read from the source until one of them is emitted.
 */
export interface StreamOptions {
  /** Most jobs started and not yet emitted (also bounds the reorder buffer). */
  window: number;
  /** Emit in input order (default) or in completion order. */
  ordered: boolean;
}

/**
 * `work` must not reject (turn failures into results); `emit` may be async
 * (waiting for a slow stdout to drain) and is never called concurrently.
 * Resolves with the number of jobs run.
 */
export async function streamJobs<J, R>(
  jobs: AsyncIterable<J>,
  work: (job: J, index: number) => Promise<R>,
  emit: (result: R, position: number) => Promise<void> | void,
  options: StreamOptions,
): Promise<number> {
  const window = Math.max(1, options.window);
  const finished = new Map<number, R>();
  let started = 0;
  let emitted = 0;
  let nextInOrder = 0;
  let wake: (() => void) | null = null;
  let emitting: Promise<void> = Promise.resolve();
  let emitFailure: { error: unknown } | null = null;

  const signal = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  const waitForEmit = () => new Promise<void>((resolve) => (wake = resolve));

  const flush = () => {
    emitting = emitting.then(async () => {
      try {
        for (;;) {
          let index: number | undefined;
          if (options.ordered) index = finished.has(nextInOrder) ? nextInOrder : undefined;
          else index = finished.keys().next().value;
          if (index === undefined) break;
          const result = finished.get(index)!;
          finished.delete(index);
          if (options.ordered) nextInOrder++;
          await emit(result, emitted);
          emitted++;
          signal();
        }
      } catch (error) {
        emitFailure ??= { error };
        signal();
      }
    });
  };

  for await (const job of jobs) {
    while (started - emitted >= window && !emitFailure) await waitForEmit();
    if (emitFailure) break;
    const index = started++;
    void work(job, index).then((result) => {
      finished.set(index, result);
      flush();
    });
  }
  while (emitted < started && !emitFailure) await waitForEmit();
  await emitting;
  if (emitFailure) throw (emitFailure as { error: unknown }).error;
  return started;
}
