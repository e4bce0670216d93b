/**
 * Admission control for HTTP requests: at most `maxTotal` requests at once
 * overall and `maxPerHost` to any one host, so a feed of a thousand links to
 * one site never hammers it. Waiters are served first come, first served,
 * skipping only those whose host is still full.
 */
export class RequestLimiter {
  private active = 0;
  private readonly perHost = new Map<string, number>();
  private readonly waiting: Array<{ host: string; admit: () => void }> = [];

  constructor(
    readonly maxTotal: number,
    readonly maxPerHost: number,
  ) {}

  /** Wait for a slot to `host`; the returned function gives it back (call it once). */
  async acquire(host: string): Promise<() => void> {
    if (this.hasRoom(host)) this.take(host);
    // give() takes the slot on the waiter's behalf before waking it, so no
    // later caller can slip in between.
    else await new Promise<void>((admit) => this.waiting.push({ host, admit }));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.give(host);
    };
  }

  private hasRoom(host: string): boolean {
    return this.active < this.maxTotal && (this.perHost.get(host) ?? 0) < this.maxPerHost;
  }

  private take(host: string): void {
    this.active++;
    this.perHost.set(host, (this.perHost.get(host) ?? 0) + 1);
  }

  private give(host: string): void {
    this.active--;
    const left = (this.perHost.get(host) ?? 1) - 1;
    if (left === 0) this.perHost.delete(host);
    else this.perHost.set(host, left);
    const next = this.waiting.findIndex((w) => this.hasRoom(w.host));
    if (next >= 0) {
      const [waiter] = this.waiting.splice(next, 1);
      this.take(waiter!.host);
      waiter!.admit();
    }
  }
}
