import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';

export interface ProbeResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  ms: number;
}

/** Listens on a free port (the real HTTP server, so timings and sockets are as in production). */
export async function listen(app: INestApplication): Promise<string> {
  const server = app.getHttpServer();
  if (!server.listening) await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A raw HTTP request (no client-side JSON encoding, so bodies can be anything). */
export function send(url: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<ProbeResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Cookie header and XSRF token of an anonymous visitor (what a browser has after its first GET). */
export async function anonymousCookies(base: string): Promise<{ cookie: string; xsrf: string }> {
  const res = await send(`${base}/api/health`);
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const pairs = setCookie.map((c) => c.split(';')[0]);
  const xsrf = decodeURIComponent(pairs.find((p) => p.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '');
  return { cookie: pairs.join('; '), xsrf };
}
