/**
 * Who may report and handle deviations, as the deviations service's resolvers allow (its
 * HANDLERS; PROVIDER uses its API key, not this web). MANAGER may write here, unlike elsewhere.
 */
export const DEVIATION_HANDLERS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'MEDICALLY_RESPONSIBLE'] as const;

/**
 * The kinds a caller registers and sees, as the deviations service confines them: the MAS/MAR,
 * when that is all they are, has HSL deviations and lex Maria; everyone else every kind.
 */
export function medicalOnly(session: { roles: readonly string[] }): boolean {
  return session.roles.length > 0 && session.roles.every((role) => role === 'MEDICALLY_RESPONSIBLE');
}
export const MEDICAL_KINDS = ['HSL', 'LEX_MARIA'] as const;
