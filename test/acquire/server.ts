/**
 * A throwaway HTTP server on 127.0.0.1 (port 0: the OS picks a free one) for
 * fetch tests. Routes are plain handlers; every request is counted so tests
 * can check retries and parallelism. Nothing here ever leaves loopback.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  url(path: string): string;
  hits: Map<string, number>;
  /** Most requests handled at the same moment (for per-host limits). */
  maxConcurrent: number;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const hits = new Map<string, number>();
  let active = 0;
  const state = { maxConcurrent: 0 };
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    active++;
    state.maxConcurrent = Math.max(state.maxConcurrent, active);
    res.on('close', () => active--);
    const handler = routes[path];
    if (handler) handler(req, res);
    else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    get maxConcurrent() {
      return state.maxConcurrent;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const page = (body: string, contentType = 'text/html; charset=utf-8'): Handler => (_req, res) => {
  res.setHeader('content-type', contentType);
  res.end(body);
};
