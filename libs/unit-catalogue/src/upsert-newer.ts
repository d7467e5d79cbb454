/**
 * Events carry the aggregate's full state and version; applying only newer versions makes the
 * read model right whatever order or number of times events arrive.
 */
export function upsertNewerSql(table: string, columns: string[], key = 'id'): string {
  const placeholders = columns.map((_, i) => `$${i + 1}`).join(', ');
  const updates = columns
    .filter((c) => c !== key)
    .map((c) => `"${c}" = EXCLUDED."${c}"`)
    .join(', ');
  return `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${placeholders})
    ON CONFLICT ("${key}") DO UPDATE SET ${updates} WHERE "${table}"."version" < EXCLUDED."version"`;
}
