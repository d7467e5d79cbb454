import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { IDENTITY_HEADER, REQUEST_ID_HEADER } from '@kvalitetsnav/auth';
import { GatewayContext } from './identity-context';

/** Forwards the gateway's signed identity and the request id to each subgraph. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('handoff' in context) || !context.handoff) return; // health checks and the like carry no identity
    request.http?.headers.set(IDENTITY_HEADER, context.handoff);
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }
}
