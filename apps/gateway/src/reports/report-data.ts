import { randomUUID } from 'node:crypto';
import { Identity, IDENTITY_HEADER, signIdentityHandoff } from '@kvalitetsnav/auth';
import type { Refusal } from '@kvalitetsnav/swedish';
import { SubgraphName } from '../config';

/** A typed operation from any of the gateway's generated modules (each has its own document class). */
export interface TypedOperation<Result, Variables> {
  toString(): string;
  __apiType?: (variables: Variables) => Result;
}

/** A service refused what a report asked: its refusal as the API sent it, for the report to explain in Swedish. */
export class ReportQueryError extends Error {
  constructor(
    readonly subgraph: SubgraphName,
    readonly refusal: Refusal,
    message: string,
  ) {
    super(`${subgraph}: ${message}`);
    this.name = 'ReportQueryError';
  }
}

/**
 * Reports read each subgraph directly, as a report generator acting for the person who asked:
 * a published report holds aggregates and the follow-up register, which MANAGER may read.
 */
export class ReportData {
  constructor(
    private readonly urls: Record<SubgraphName, string>,
    private readonly handoffSecret: string,
  ) {}

  async query<Result, Variables>(
    subgraph: SubgraphName,
    document: TypedOperation<Result, Variables>,
    variables: Variables,
    onBehalfOf: Identity,
  ): Promise<Result> {
    const identity: Identity = {
      sub: `report-generator:${onBehalfOf.sub}`,
      name: `Rapport åt ${onBehalfOf.name}`,
      roles: ['MANAGER'],
    };
    const handoff = await signIdentityHandoff({ identity, requestId: randomUUID() }, this.handoffSecret);
    const response = await fetch(this.urls[subgraph], {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: handoff },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    const body = (await response.json()) as {
      data?: Result;
      errors?: { message: string; extensions?: Refusal }[];
    };
    const [error] = body.errors ?? [];
    if (error || !body.data) {
      throw new ReportQueryError(
        subgraph,
        error?.extensions ?? { code: 'INTERNAL_SERVER_ERROR' },
        error?.message ?? `HTTP ${response.status}`,
      );
    }
    return body.data;
  }
}
