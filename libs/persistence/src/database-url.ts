/** The URL of one service's database on a server URL (DATABASE_URL names the server). */
export function databaseUrlOn(serverUrl: string, databaseName: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(databaseName)}`;
  return url.toString();
}

/** Database names become SQL identifiers in CREATE/DROP DATABASE, so keep them plain. */
export function assertPlainDatabaseName(name: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error(`database name "${name}" must be lower-case letters, digits and underscores (at most 63)`);
  }
}
