import { MutationCache, QueryCache, QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TypedDocumentString } from './__generated__/graphql';
import { GatewayError, gatewayRequest, operationName } from './gateway';
import { useSession } from './session';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: GatewayError;
  }
}

/** Worth another try: the network or a service was briefly away. Refusals answer the same again. */
const TRANSIENT = new Set(['NETWORK', 'SERVICE_UNAVAILABLE']);

/** The app's one cache; an expired or missing sign-in anywhere signs the user out with the Swedish reason. */
export function createQueryClient(signOut: (reason: string) => void): QueryClient {
  const onError = (error: Error) => {
    if (error instanceof GatewayError && error.code === 'UNAUTHENTICATED') signOut(error.message);
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 2 && error instanceof GatewayError && TRANSIENT.has(error.code),
        // Mutations invalidate what they change; this only spares refetching on every page change.
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}

/**
 * Runs a typed query, cached under [operation name, variables]. `null` variables mean "not yet"
 * (e.g. a form not sent); `enabled: false` keeps it from running for a role that may not.
 */
export function useGatewayQuery<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V | null,
  {
    enabled = true,
    refetchInterval,
  }: { enabled?: boolean; refetchInterval?: (data: R | undefined) => number | false } = {},
) {
  const { token } = useSession();
  return useQuery<R>({
    queryKey: [operationName(document), variables],
    queryFn: () => gatewayRequest(document, variables as V, token),
    enabled: enabled && variables !== null,
    // Following progress (a large import) asks again while `refetchInterval` says so.
    refetchInterval: refetchInterval ? (query) => refetchInterval(query.state.data) : undefined,
  });
}

/**
 * Runs a typed mutation. When it succeeds every cached query is invalidated: the ones on screen
 * refetch at once (the mutation stays pending until they have), the rest when next shown. One
 * write can change what several services report (risk, statistics, read models), so a list per
 * mutation would be guesswork; a page holds at most a handful of queries.
 */
export function useGatewayMutation<R, V>(document: TypedDocumentString<R, V>) {
  const { token } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [operationName(document)],
    mutationFn: (variables: V) => gatewayRequest(document, variables, token),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/**
 * A query for a public page (a survey's answer link), which has no sign-in: it never sends a
 * token, so the gateway treats every caller alike, as anonymous, and lets only its few anonymous operations through.
 */
export function useAnonymousQuery<R, V>(document: TypedDocumentString<R, V>, variables: V) {
  return useQuery({
    queryKey: ['anonymous', operationName(document), variables],
    queryFn: () => gatewayRequest(document, variables),
    staleTime: Infinity,
  });
}

/** A mutation for a public page, without a token; it changes nothing a signed-in page has cached. */
export function useAnonymousMutation<R, V>(document: TypedDocumentString<R, V>) {
  return useMutation({
    mutationKey: ['anonymous', operationName(document)],
    mutationFn: (variables: V) => gatewayRequest(document, variables),
  });
}
