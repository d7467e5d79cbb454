import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { graphqlRequest, GatewayError } from './gateway-client';

export interface Session {
  token: string;
  name: string;
  roles: string[];
  signOut: (reason?: string) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

/** The token's claims, read (not verified: the gateway verifies) to shape the menu. */
export function claimsOf(token: string): { name: string; roles: string[] } {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return { name: String(payload.name ?? ''), roles: Array.isArray(payload.roles) ? payload.roles : [] };
  } catch {
    return { name: '', roles: [] };
  }
}

export const canWrite = (s: Session) => s.roles.includes('ADMIN') || s.roles.includes('QUALITY_OFFICIAL');

interface QueryState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Runs a query against the gateway; an expired sign-in signs the user out with a Swedish reason. */
export function useQuery<T>(query: string, variables: Record<string, unknown> = {}, skip = false): QueryState<T> {
  const { token, signOut } = useSession();
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({
    data: null,
    error: null,
    loading: !skip,
  });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    graphqlRequest<T>(query, JSON.parse(key), token).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: GatewayError) => {
        if (!current) return;
        if (error.code === 'UNAUTHENTICATED') signOut(error.message);
        setState({ data: null, error: error.message, loading: false });
      },
    );
    return () => {
      current = false;
    };
  }, [query, key, token, signOut, round, skip]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

/** A mutation with its pending state and a Swedish error message. */
export function useMutation<T>(query: string) {
  const { token, signOut } = useSession();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const run = useCallback(
    async (variables: Record<string, unknown>): Promise<T | null> => {
      setState({ busy: true, error: null });
      try {
        const data = await graphqlRequest<T>(query, variables, token);
        setState({ busy: false, error: null });
        return data;
      } catch (error) {
        const e = error as GatewayError;
        if (e.code === 'UNAUTHENTICATED') signOut(e.message);
        setState({ busy: false, error: e.message });
        return null;
      }
    },
    [query, token, signOut],
  );
  return { ...state, run };
}
