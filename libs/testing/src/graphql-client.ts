import { DEVELOPMENT_HANDOFF_SECRET, Identity, IDENTITY_HEADER, signIdentityHandoff } from '@kvalitetsnav/auth';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
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
