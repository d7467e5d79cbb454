import { canSeeRow, Identity } from '@kvalitetsnav/auth';
import { commonViolation, Entity } from '@kvalitetsnav/codes';

/**
 * The row, if the caller may see it. Another provider's row answers exactly as an id that names
 * nothing (NOT_FOUND, UNKNOWN), so a provider cannot learn what exists elsewhere.
 */
export function visibleOrUnknown<T extends { providerId: string | null }>(
  identity: Identity,
  row: T | null | undefined,
  entity: Entity,
  field: string,
  id: string,
): T {
  if (!row || !canSeeRow(identity, row.providerId)) throw commonViolation('UNKNOWN', field, { entity, ids: [id] });
  return row;
}
