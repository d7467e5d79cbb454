import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import {
  aProviderInput,
  aUnitInput,
  GraphQLResponse,
  monthBack,
  postGraphQL,
  queryDatabase,
  uniqueSuffix,
  waitFor,
} from '@kvalitetsnav/testing';
import { CREATE_PROVIDER, CREATE_UNIT, REPORT_DEVIATION, SUBMIT_CASE_FLOW_REPORT } from '../gateway-operations';
import { Stack, SUBGRAPHS, SubgraphName } from '../stack';

export type MutationKind = 'unit' | 'deviation' | 'caseFlow';

/** What one mutation through the gateway answered. */
export interface Outcome {
  i: number;
  kind: MutationKind;
  ok: boolean;
  /** The created record's id; for a case flow, the report's id. */
  id?: string;
  status: number;
  code?: string;
  message?: string;
  /** When it was sent, and how long the answer took. */
  at: number;
  ms: number;
}

/** Codes a caller can act on while the system is degraded; anything else is an unclear error. */
export const CLEAR_FAILURE_CODES = new Set(['SERVICE_UNAVAILABLE']);

/** One query on one service's database, as the test's own observer (not through any service). */
export function queryDb<T = Record<string, unknown>>(
  stack: Stack,
  serverUrl: string,
  service: SubgraphName,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return queryDatabase<T>(serverUrl, stack.databases[SUBGRAPHS.indexOf(service)], sql, params);
}

/**
 * A mix of writes in three services, each of which another service consumes over Kafka:
 * units (contracts → surveys, deviations, forecasting), deviations (deviations → contracts'
 * risk signals) and case flows (forecasting → contracts' reporting record). Two in five are
 * units, two deviations, one a case flow.
 */
export class MixedWorkload {
  readonly run = `fault-${uniqueSuffix()}`;
  private constructor(
    private readonly graphql: string,
    private readonly headers: Record<string, string>,
    private readonly providerId: string,
    readonly units: string[],
  ) {}

  /** A provider and `unitCount` units every service knows of, before any fault. */
  static async prepare(stack: Stack, serverUrl: string, unitCount = 20): Promise<MixedWorkload> {
    const graphql = `${stack.gatewayUrl}/graphql`;
    const headers = {
      authorization: `Bearer ${await signUserToken({ sub: 'fault-admin', name: 'Fel Admin', roles: ['ADMIN'] }, DEVELOPMENT_JWT_SECRET)}`,
    };
    const providerId = (await postGraphQL(graphql, CREATE_PROVIDER, { input: aProviderInput() }, headers)).data!
      .createProvider.id;
    const units: string[] = [];
    for (let n = 0; n < unitCount; n++) {
      units.push(
        (
          await postGraphQL(
            graphql,
            CREATE_UNIT,
            { input: aUnitInput(providerId, { serviceArea: 'FAMILY_SUPPORT', name: `Grund ${n}` }) },
            headers,
          )
        ).data!.createUnit.id,
      );
    }
    for (const service of ['deviations', 'forecasting'] as const) {
      await waitFor(
        async () =>
          (
            await queryDb<{ n: number }>(
              stack,
              serverUrl,
              service,
              `SELECT count(*)::int AS n FROM unit_ref WHERE id = ANY($1)`,
              [units],
            )
          )[0].n === unitCount,
        {
          timeoutMs: 60_000,
          what: `the units in ${service}`,
        },
      );
    }
    return new MixedWorkload(graphql, headers, providerId, units);
  }

  kindOf(i: number): MutationKind {
    const slot = i % 5;
    return slot < 2 ? 'unit' : slot < 4 ? 'deviation' : 'caseFlow';
  }

  /** What identifies the i-th mutation's record, whether or not the caller heard it succeed. */
  keyOf(i: number): string {
    const kind = this.kindOf(i);
    if (kind === 'unit') return `${this.run} enhet ${i}`;
    if (kind === 'deviation') return `${this.run} avvikelse ${i}`;
    const input = this.caseFlowInput(Math.floor(i / 5));
    return `${input.unitId}|${input.month}`;
  }

  /** The i-th mutation; case flows take distinct unit-months, so each is a new report. */
  async mutate(i: number): Promise<Outcome> {
    const kind = this.kindOf(i);
    const started = Date.now();
    try {
      const r = await this.send(kind, i);
      const error = r.errors?.[0];
      return {
        i,
        kind,
        ok: !error && Boolean(r.id),
        id: r.id,
        status: r.status,
        code: error?.extensions?.code,
        message: error?.message,
        at: started,
        ms: Date.now() - started,
      };
    } catch (error) {
      return {
        i,
        kind,
        ok: false,
        status: 0,
        code: 'NO_ANSWER',
        message: (error as Error).message,
        at: started,
        ms: Date.now() - started,
      };
    }
  }

  /** The i-th mutation of its kind, and the id of what it created. */
  private async send(kind: MutationKind, i: number): Promise<GraphQLResponse<unknown> & { id?: string }> {
    if (kind === 'unit') {
      const input = aUnitInput(this.providerId, { serviceArea: 'FAMILY_SUPPORT', name: this.keyOf(i) });
      const r = await postGraphQL(this.graphql, CREATE_UNIT, { input }, this.headers);
      return { ...r, id: r.data?.createUnit.id };
    }
    if (kind === 'deviation') {
      const input = {
        unitId: this.units[i % this.units.length],
        kind: 'SOL_LSS' as const,
        occurredOn: '2026-01-15',
        description: this.keyOf(i),
      };
      const r = await postGraphQL(this.graphql, REPORT_DEVIATION, { input }, this.headers);
      return { ...r, id: r.data?.reportDeviation.id };
    }
    const input = this.caseFlowInput(Math.floor(i / 5));
    const r = await postGraphQL(this.graphql, SUBMIT_CASE_FLOW_REPORT, { input }, this.headers);
    return { ...r, id: r.data?.submitCaseFlowReport.id };
  }

  private caseFlowInput(k: number) {
    return {
      unitId: this.units[k % this.units.length],
      service: 'FAMILY_SUPPORT',
      month: monthBack(1 + Math.floor(k / this.units.length)),
      incoming: 3,
      outgoing: 1,
      closedByReason: [{ reason: 'GOALS_MET', count: 1 }],
    };
  }

  /** `count` mutations spread evenly over `spreadMs`, at most `concurrency` in flight. */
  async runPaced(from: number, count: number, spreadMs: number, concurrency = 4): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    const started = Date.now();
    let next = from;
    const worker = async () => {
      while (next < from + count) {
        const i = next++;
        const due = started + ((i - from) * spreadMs) / count;
        if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
        outcomes.push(await this.mutate(i));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return outcomes.sort((a, b) => a.i - b.i);
  }
}
