// A tiny static server for browser tests and benchmarks: serves a built site on 127.0.0.1 (a free port) with
// the response headers a test asks for, and the site's 404.html for unknown paths.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.zip': 'application/zip',
  '.rss': 'application/rss+xml',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

function resolveFile(root: string, urlPath: string): string | null {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(root, clean);
  if (!file.startsWith(root)) return null;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

export async function serveStatic(root: string, headers: Record<string, string> = {}): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = resolveFile(root, urlPath);
    const notFound = path.join(root, '404.html');
    const served = file ?? (fs.existsSync(notFound) ? notFound : null);
    if (!served) {
      // A folder without a 404 page (a test's tiny site): a plain 404, never a crash.
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end('Không tìm thấy');
      return;
    }
    const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
    res.writeHead(file ? 200 : 404, { 'Content-Type': type, ...headers });
    res.end(fs.readFileSync(served));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
