import http from 'node:http';
import https from 'node:https';
import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { IDENTITY_HEADER, REQUEST_ID_HEADER } from '@kvalitetsnav/auth';
import { GatewayContext } from './identity-context';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetchInit = NonNullable<Parameters<Fetcher>[1]>;

/**
 * Keep-alive agents with the options make-fetch-happen's own agent would get (no timeouts,
 * unlimited sockets as Apollo asks), minus its proxy and DNS-cache layers. Its agent (agent-base)
 * is asked its `protocol` on every request and, with none set, finds it by formatting a stack
 * trace: about half of the gateway's CPU per subgraph fetch in our profile.
 */
const agentOptions: http.AgentOptions = {
  keepAlive: true,
  keepAliveMsecs: 1000,
  maxSockets: Infinity,
  maxFreeSockets: 256,
  // The most recently used connection first, and an idle one closed after 4 s: well before the
  // subgraph's server closes it (Node's default is 5 s; ours keep 65 s), so a request never rides
  // a connection the other side is closing (ECONNRESET, seen as a sporadic INTERNAL_SERVER_ERROR).
  scheduling: 'lifo',
  timeout: 4000,
};
const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };
const agentFor = (url: string) => (url.startsWith('https:') ? agents.https : agents.http);

/** Forwards the gateway's signed identity and the request id to each subgraph. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(config: Partial<SubgraphDataSource>) {
    super(config);
    // Apollo's own fetcher (make-fetch-happen, no retries) stays, so errors and bodies behave as before; only its agent is ours.
    const fetcher = this.fetcher;
    this.fetcher = (url, init) => fetcher(url, { ...init, agent: agentFor(url) } as FetchInit);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('handoff' in context) || !context.handoff) return; // health checks and the like carry no identity
    request.http?.headers.set(IDENTITY_HEADER, context.handoff);
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }
}
