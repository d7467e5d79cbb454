import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

/**
 * Errors that say our own infrastructure is briefly away (Postgres restarting, a connection
 * dropped). A message failing with one of these is not poisoned: it is retried later rather
 * than sent to the dead-letter topic.
 */
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

export function isTransientInfrastructureError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  // TypeORM releases a transaction's query runner when its connection dies (the server shutting
  // down); the transaction's next statement then fails with one of these instead of the connection error.
  if (error instanceof QueryRunnerAlreadyReleasedError || error instanceof QueryRunnerProviderAlreadyReleasedError)
    return true;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (TRANSIENT_NODE_CODES.has(code)) return true;
    // SQLSTATE classes 08 (connection exception), 53 (insufficient resources), 57P (operator intervention).
    if (/^(08|53)/.test(code) || code.startsWith('57P')) return true;
  }
  return (
    typeof message === 'string' &&
    /Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect|Client was closed and is not queryable/i.test(
      message,
    )
  );
}
