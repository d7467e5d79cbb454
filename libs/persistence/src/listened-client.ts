import { Client, ClientConfig } from 'pg';

/**
 * The pool's client class. pg emits `error` on a client whose connection is lost while it has no
 * query running, and pg-pool listens only while the client is idle in the pool: a checked-out,
 * momentarily idle client (between a transaction's statements, or before TypeORM has attached its
 * own listener) would throw that as an unhandled event and take the whole service down when the
 * database restarts. Listening always turns it into what it should be: the client is no longer
 * queryable, its next query fails (a 503 to the caller) and the pool drops it on release.
 */
export class ListenedClient extends Client {
  lastError: Error | null = null;

  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (error: Error) => {
      this.lastError = error;
    });
  }
}
