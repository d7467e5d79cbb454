import { randomUUID } from 'node:crypto';
import { Identity, IDENTITY_HEADER, signIdentityHandoff } from '@kvalitetsnav/auth';
import { SubgraphName } from '../config';

/**
 * Reports read each subgraph directly, as a report generator acting for the person who asked:
 * a published report holds aggregates and the follow-up register, which MANAGER may read.
 */
export class ReportData {
  constructor(
    private readonly urls: Record<SubgraphName, string>,
    private readonly handoffSecret: string,
  ) {}

  async query<T>(
    subgraph: SubgraphName,
    query: string,
    variables: Record<string, unknown>,
    onBehalfOf: Identity,
  ): Promise<T> {
    const identity: Identity = {
      sub: `report-generator:${onBehalfOf.sub}`,
      name: `Rapport åt ${onBehalfOf.name}`,
      roles: ['MANAGER'],
    };
    const handoff = await signIdentityHandoff({ identity, requestId: randomUUID() }, this.handoffSecret);
    const response = await fetch(this.urls[subgraph], {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: handoff },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data)
      throw new Error(`${subgraph}: ${body.errors?.[0]?.message ?? `HTTP ${response.status}`}`);
    return body.data;
  }
}
