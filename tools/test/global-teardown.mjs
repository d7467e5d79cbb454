// Stops an embedded Postgres that global-setup started in this Jest process (no-op otherwise).
import { stopEmbeddedPostgres } from '../dev/postgres.mjs';

export default async function globalTeardown() {
  await stopEmbeddedPostgres();
}
