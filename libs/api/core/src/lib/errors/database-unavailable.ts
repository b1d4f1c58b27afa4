/** Socket-level codes node and pg give when the database cannot be reached. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN', 'ECONNABORTED']);

/**
 * SQLSTATEs that mean "the database is (temporarily) not there", not "your request is wrong":
 * class 08 (connection exception), 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot
 * connect now (starting up / shutting down), 53300 too many connections.
 */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[123]|53300)$/;

/** Messages of node-postgres and its pool for a lost or unobtainable connection (they carry no code). */
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Cannot use a pool after calling end/i,
  /Client was closed and is not queryable/i,
  /Connection is not established/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Query runner already released/i,
];

/**
 * TypeORM's errors when the connection under a transaction was lost mid-way (it releases the query
 * runner, then the next statement, COMMIT or ROLLBACK find it gone): the outcome is unknown to the
 * client, which retries — a 503, not a 500. The write was never acknowledged.
 */
const LOST_TRANSACTION_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError', 'TransactionNotStartedError']);

/**
 * Whether an error (or the driver error / cause it wraps) means the database is unreachable.
 * Such errors answer 503 with Retry-After on every route; the pool reconnects by itself.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || UNAVAILABLE_SQLSTATES.test(e.code))) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(e.message as string))) return true;
  if (error instanceof Error && LOST_TRANSACTION_ERRORS.has(error.name)) return true;
  // AggregateError (e.g. connecting to both ::1 and 127.0.0.1 refused) lists each attempt.
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}
