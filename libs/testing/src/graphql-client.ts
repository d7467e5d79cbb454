import { DEVELOPMENT_HANDOFF_SECRET, Identity, IDENTITY_HEADER, signIdentityHandoff } from '@kvalitetsnav/auth';

/** What the API says of a refusal (see the README's "Codes, not prose"). */
export interface RefusalExtensions {
  code?: string;
  rule?: string;
  field?: string;
  params?: Record<string, unknown>;
  violations?: { rule: string; field?: string; params: Record<string, unknown> }[];
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: RefusalExtensions }[];
}

/** A typed operation from a client's generated module (GraphQL Code Generator's TypedDocumentString). */
export interface TypedOperation<Result, Variables> {
  toString(): string;
  __apiType?: (variables: Variables) => Result;
}

export async function postGraphQL<Result, Variables>(
  url: string,
  operation: TypedOperation<Result, Variables>,
  variables: Variables,
  headers?: Record<string, string>,
): Promise<GraphQLResponse<Result>>;
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<GraphQLResponse<T>>;
export async function postGraphQL<T>(
  url: string,
  query: string | TypedOperation<T, unknown>,
  variables: unknown = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  const body = (await res.json().catch(() => ({}))) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** Headers a subgraph accepts: what the gateway would send for this identity. */
export async function handoffHeaders(
  identity: Identity,
  secret = DEVELOPMENT_HANDOFF_SECRET,
): Promise<Record<string, string>> {
  return { [IDENTITY_HEADER]: await signIdentityHandoff({ identity }, secret) };
}

export const officialIdentity: Identity = {
  sub: 'test-official',
  name: 'Test Uppföljare',
  roles: ['QUALITY_OFFICIAL'],
};
export const adminIdentity: Identity = { sub: 'test-admin', name: 'Test Admin', roles: ['ADMIN'] };

/**
 * Whether an answer refuses an id the service does not know (yet): NOT_FOUND with rule UNKNOWN.
 * Services learn of units over Kafka, so a test retries its first write on a new unit while so.
 */
export function refusesUnknownId(result: Pick<GraphQLResponse<unknown>, 'errors'>): boolean {
  const extensions = result.errors?.[0]?.extensions;
  return extensions?.code === 'NOT_FOUND' && extensions.rule === 'UNKNOWN';
}
