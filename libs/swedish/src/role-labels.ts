/** The roles a person's sign-in can carry (libs/auth's USER_ROLES), as the sign-in form names them. */
export const ROLE_LABELS = {
  QUALITY_OFFICIAL: 'Kvalitetsutvecklare / uppföljare',
  MANAGER: 'Chef',
  ADMIN: 'Administratör',
  REPORTING: 'Extern rapportering (endast läsning)',
  PROVIDER: 'Utförare (utförarportalen)',
  MEDICALLY_RESPONSIBLE: 'MAS/MAR (medicinskt ansvarig)',
  ORDERING: 'Beställare (beställarfunktionen)',
} as const;

export type UserRole = keyof typeof ROLE_LABELS;
