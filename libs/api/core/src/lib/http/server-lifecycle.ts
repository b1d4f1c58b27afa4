import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';

/**
 * Longer than the idle timeout of common client pools (browsers ~60 s behind proxies, Node's
 * agent 5 s, load balancers 60 s), so the server never closes a socket a client is about to reuse
 * — that race showed up as "socket hang up" on parallel creates.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** Must exceed the keep-alive timeout, or Node may cut a request whose headers arrive on a reused socket. */
export const HEADERS_TIMEOUT_MS = 66_000;

/** The default for callers that log nothing. */
function noLog(): void {
  // nothing to log to
}

export function configureHttpServer(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
}

/**
 * Stops taking new connections, lets the requests in flight finish (at most `graceMs`), then
 * closes the application — the database pool last, so no in-flight request loses it.
 * (Nest's own shutdown hooks close the database before the HTTP server.)
 */
export async function drainAndClose(app: INestApplication, graceMs: number, log: (message: string) => void = noLog): Promise<void> {
  const server = app.getHttpServer() as Server;
  if (server.listening) {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // A keep-alive socket becomes idle once its request is answered; close those as they free up.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => {
      log(`Requests still running after ${graceMs} ms; closing their connections`);
      server.closeAllConnections();
    }, graceMs);
    server.closeIdleConnections();
    await closed;
    clearInterval(sweep);
    clearTimeout(deadline);
  }
  await app.close();
}

/**
 * SIGTERM and SIGINT drain the requests in flight and then close the app (and with it the
 * database pool); a second signal exits at once.
 */
export function installGracefulShutdown(app: INestApplication, graceMs: number, log: (message: string) => void): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    log(`${signal} received: finishing requests in flight (at most ${graceMs} ms), then stopping`);
    drainAndClose(app, graceMs, log).then(
      () => process.exit(0),
      (error: unknown) => {
        log(`Shutdown failed: ${(error as Error)?.message ?? String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
