import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import {
  aProviderInput,
  aUnitInput,
  monthBack,
  postGraphQL,
  queryDatabase,
  uniqueSuffix,
  waitFor,
} from '@kvalitetsnav/testing';
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

const CREATE_UNIT = `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`;
const REPORT_DEVIATION = `mutation($i: ReportDeviationInput!) { reportDeviation(input: $i) { id } }`;
const SUBMIT_CASE_FLOW = `mutation($i: SubmitCaseFlowReportInput!) { submitCaseFlowReport(input: $i) { id } }`;

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
    const providerId = (
      await postGraphQL<any>(
        graphql,
        `mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`,
        { i: aProviderInput() },
        headers,
      )
    ).data.createProvider.id;
    const units: string[] = [];
    for (let n = 0; n < unitCount; n++) {
      units.push(
        (
          await postGraphQL<any>(
            graphql,
            CREATE_UNIT,
            { i: aUnitInput(providerId, { serviceArea: 'FAMILY_SUPPORT', name: `Grund ${n}` }) },
            headers,
          )
        ).data.createUnit.id,
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
    const [document, input, field] =
      kind === 'unit'
        ? [
            CREATE_UNIT,
            aUnitInput(this.providerId, { serviceArea: 'FAMILY_SUPPORT', name: this.keyOf(i) }),
            'createUnit',
          ]
        : kind === 'deviation'
          ? [
              REPORT_DEVIATION,
              {
                unitId: this.units[i % this.units.length],
                kind: 'SOL_LSS',
                occurredOn: '2026-01-15',
                description: this.keyOf(i),
              },
              'reportDeviation',
            ]
          : [SUBMIT_CASE_FLOW, this.caseFlowInput(Math.floor(i / 5)), 'submitCaseFlowReport'];
    const started = Date.now();
    try {
      const r = await postGraphQL<any>(this.graphql, document, { i: input }, this.headers);
      const error = r.errors?.[0];
      return {
        i,
        kind,
        ok: !error && Boolean(r.data?.[field]?.id),
        id: r.data?.[field]?.id,
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
