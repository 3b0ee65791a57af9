// Serves a built site on 127.0.0.1 (a free port) for browser tests and benchmarks.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Served {
  origin: string;
  close(): Promise<void>;
}

export async function serveFolder(dir: string): Promise<Served> {
  const server = http.createServer(sirv(dir, { dev: true, etag: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
