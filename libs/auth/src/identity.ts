import { z } from 'zod';

/**
 * The roles a person's sign-in can carry. PROVIDER is a provider's staff member (the portal), with
 * the `providerId` claim; a provider's system gets the same role from its API key.
 * MEDICALLY_RESPONSIBLE is the MAS/MAR (medically responsible nurse or therapist): HSL deviations
 * and lex Maria, and a part in follow-ups. ORDERING is the ordering function (beställarfunktionen),
 * which keeps its list of contracts it wants followed up.
 */
export const USER_ROLES = [
  'ADMIN',
  'QUALITY_OFFICIAL',
  'MANAGER',
  'REPORTING',
  'PROVIDER',
  'MEDICALLY_RESPONSIBLE',
  'ORDERING',
] as const;
/**
 * SYSTEM is the gateway itself; ANONYMOUS is a caller without credentials, whom the gateway lets
 * run only its few anonymous operations. Neither can be in a user's JWT.
 */
export const ROLES = [...USER_ROLES, 'SYSTEM', 'ANONYMOUS'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: a person from a JWT (a provider's staff with their provider), or a provider's system from its API key. */
export const IdentitySchema = z
  .object({
    sub: z.string().min(1),
    name: z.string().min(1),
    roles: z.array(z.enum(ROLES)).min(1),
    providerId: z.uuid().optional(),
  })
  .refine((i) => !i.roles.includes('PROVIDER') || i.providerId !== undefined, {
    path: ['providerId'],
    message: 'is required for the PROVIDER role',
  });
export type Identity = z.infer<typeof IdentitySchema>;

export function hasAnyRole(identity: Identity, roles: readonly Role[]): boolean {
  return identity.roles.some((role) => roles.includes(role));
}

/** A respondent answering through a survey's answer link: nobody, and no more is known. */
export const ANONYMOUS_IDENTITY: Identity = { sub: 'anonymous', name: 'Anonym svarande', roles: ['ANONYMOUS'] };
