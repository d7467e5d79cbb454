import { deviationsViolation, RuleViolation } from '@kvalitetsnav/codes';

/** Root causes (bakomliggande orsaker) come from a managed list; retired ones stay on old deviations. */

export interface ListedCause {
  id: string;
  active: boolean;
}

/** The ids chosen, each once, in the order first given. */
export const distinctIds = (ids: readonly string[]): string[] => [...new Set(ids)];

/** Every chosen cause is on the list and still in use. */
export function rootCauseChoiceViolation(
  chosen: readonly string[],
  listed: readonly ListedCause[],
): RuleViolation | null {
  const inactive = chosen.filter((id) => !listed.some((c) => c.id === id && c.active));
  return inactive.length ? deviationsViolation('NOT_ACTIVE_ROOT_CAUSES', 'rootCauseIds', { ids: inactive }) : null;
}
