/** The register's change history: what was done to a provider, unit or contract, and who did it. */
export const CHANGE_ACTIONS: Readonly<Record<string, string>> = {
  CREATED: 'Registrerad',
  UPDATED: 'Ändrad',
  TERMINATED: 'Uppsagd',
  REMOVED: 'Borttagen',
  REQUIREMENT_ADDED: 'Krav tillagt',
  REQUIREMENT_CHANGED: 'Krav ändrat',
  REQUIREMENT_REMOVED: 'Krav borttaget',
  REQUIREMENT_FINDING: 'Iakttagelse mot krav',
};

/** The action in Swedish; an action a newer server writes is named neutrally rather than shown raw. */
export const changeAction = (action: string) => CHANGE_ACTIONS[action] ?? 'Ändring';

/**
 * Who made a change, from the identity's subject: a provider's key, a developer sign-in
 * (dev:<role>:<name>) by its name, otherwise the subject as the sign-in service gave it.
 */
export function changedByLabel(sub: string): string {
  if (sub.startsWith('api-key:')) return 'Utförarens API-nyckel';
  const dev = /^dev:[^:]+:(.+)$/.exec(sub);
  return dev ? dev[1] : sub;
}
