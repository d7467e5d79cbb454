import { createContext, useContext } from 'react';
import type { UserRole } from '@kvalitetsnav/swedish';

export interface Session {
  token: string;
  name: string;
  roles: string[];
  /** The provider a provider's staff member acts for (the token's claim). */
  providerId?: string;
  signOut: (reason?: string) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

/** The token's claims, read (not verified: the gateway verifies) to shape the menu. */
export function claimsOf(token: string): { name: string; roles: string[]; providerId?: string } {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return {
      name: String(payload.name ?? ''),
      roles: Array.isArray(payload.roles) ? payload.roles : [],
      ...(typeof payload.providerId === 'string' ? { providerId: payload.providerId } : {}),
    };
  } catch {
    return { name: '', roles: [] };
  }
}

/** Everyone who reads the dashboard; REPORTING reads aggregates only, through its allow-list. */
export const READERS: readonly UserRole[] = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING'];
/** The municipality's own staff: they see providers, units and single cases. */
export const OFFICIALS: readonly UserRole[] = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'];
/** Who plans and works follow-ups. */
export const WRITERS: readonly UserRole[] = ['ADMIN', 'QUALITY_OFFICIAL'];

export const hasRole = (session: Pick<Session, 'roles'>, roles: readonly string[]) =>
  session.roles.some((r) => roles.includes(r));

/** The MAS/MAR: HSL deviations and lex Maria, and their part in follow-ups. */
export const MEDICAL: readonly UserRole[] = ['MEDICALLY_RESPONSIBLE'];
/**
 * Who reads the protected original of lex Sarah / lex Maria reports (the MAS/MAR lex Maria only),
 * as the deviations service allows; each read is in the access log.
 */
export const PROTECTED_TEXT_READERS: readonly UserRole[] = ['ADMIN', 'QUALITY_OFFICIAL', 'MEDICALLY_RESPONSIBLE'];
/**
 * Whose reads of personal data are logged, and who so sees their own (myAccessLog): the protected
 * text's readers and everyone who opens deviations or reads the decisions not executed.
 */
export const OWN_READS_READERS: readonly UserRole[] = [
  'ADMIN',
  'QUALITY_OFFICIAL',
  'MANAGER',
  'PROVIDER',
  'MEDICALLY_RESPONSIBLE',
];
/** The ordering function: its list of contracts it wants followed up. */
export const ORDERERS: readonly UserRole[] = ['ORDERING'];

/** A provider's staff member: the provider portal, confined to their provider. */
export const PROVIDERS: readonly UserRole[] = ['PROVIDER'];

export const canWrite = (session: Pick<Session, 'roles'>) => hasRole(session, WRITERS);
