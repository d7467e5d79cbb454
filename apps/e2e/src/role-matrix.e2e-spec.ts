import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { parse, typeFromAST, GraphQLInputType, OperationDefinitionNode, FieldNode } from 'graphql';
import { DEVELOPMENT_JWT_SECRET, Role, signUserToken } from '@kvalitetsnav/auth';
import { between, markdownCells, waitFor } from '@kvalitetsnav/testing';
import { operations, publicSchema, sampleValue } from './operations';
import { MATRIX_END, MATRIX_ROLES, MATRIX_START, renderMatrix, ROLE_MATRIX } from './role-matrix';
import { issueApiKey, registerProvider, registerUnit } from './register';
import { Stack, startStack } from './stack';

const ROOT = path.resolve(__dirname, '../../..');
const GUARD = /needs one of the roles/;
const allowList = JSON.parse(readFileSync(path.join(ROOT, 'apps/gateway/reporting-operations.json'), 'utf8'))
  .operations as { name: string; document: string }[];

describe('the role × operation matrix, walked through the gateway', () => {
  let stack: Stack;
  const headers: Partial<Record<Role, Record<string, string>>> = {};
  const a = { providerId: '', unitId: '' };
  const b = { providerId: '', unitId: '', contractId: '', deviationId: '', name: 'Leverantör B i matrisen' };
  const gql = (
    query: string,
    variables: Record<string, unknown>,
    h: Record<string, string>,
    extensions?: Record<string, unknown>,
  ) =>
    fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...h },
      body: JSON.stringify({ query, variables, extensions }),
    }).then(
      async (r) =>
        ({ status: r.status, ...(await r.json()) }) as {
          status: number;
          data?: any;
          errors?: { message: string; extensions?: { code?: string } }[];
        },
    );

  beforeAll(async () => {
    stack = await startStack();
    for (const role of MATRIX_ROLES.filter((r) => r !== 'PROVIDER'))
      headers[role] = {
        authorization: `Bearer ${await signUserToken({ sub: `matrix-${role}`, name: role, roles: [role] }, DEVELOPMENT_JWT_SECRET)}`,
      };
    const admin = headers.ADMIN!;
    const gatewayUrl = stack.gatewayUrl!;
    const make = async (name: string) => {
      const { id: providerId } = await registerProvider(gatewayUrl, admin, { name });
      const { id: unitId } = await registerUnit(gatewayUrl, admin, providerId, { name: `${name} enhet` });
      return { providerId, unitId };
    };
    Object.assign(a, await make('Leverantör A i matrisen'));
    Object.assign(b, await make(b.name));
    b.contractId = (
      await gql(
        `mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`,
        {
          i: {
            reference: `MX-${Date.now()}`,
            title: 'B',
            form: 'LOV',
            providerId: b.providerId,
            unitIds: [b.unitId],
            startDate: '2022-01-01',
            endDate: '2099-12-31',
          },
        },
        admin,
      )
    ).data.createContract.id;
    headers.PROVIDER = await issueApiKey(gatewayUrl, admin, a.providerId, 'matris');
    await waitFor(
      async () => {
        const r = await gql(
          `mutation($i: ReportDeviationInput!) { reportDeviation(input: $i) { id } }`,
          { i: { unitId: b.unitId, kind: 'SOL_LSS', occurredOn: '2022-03-01', description: 'B:s avvikelse' } },
          admin,
        );
        if (r.data?.reportDeviation) b.deviationId = r.data.reportDeviation.id;
        return Boolean(b.deviationId);
      },
      { what: "B's unit in the deviations read model" },
    );
    await gql(
      `mutation($i: SubmitStaffingReportInput!) { submitStaffingReport(input: $i) { id } }`,
      {
        i: {
          unitId: b.unitId,
          year: 2022,
          half: 1,
          managers: 1,
          permanent: 5,
          temporary: 0,
          hourly: 0,
          jobTitles: [],
          sickLeavePercent: 5,
          staffTurnoverPercent: 5,
        },
      },
      admin,
    );
  });
  afterAll(() => stack?.close());

  it('names every operation of the public schema, and the README shows it as it stands', () => {
    const names = operations().map((op) => `${op.kind} ${op.name}`);
    expect(Object.keys(ROLE_MATRIX).sort()).toEqual([...names].sort());
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(markdownCells(between(readme, MATRIX_START, MATRIX_END))).toEqual(markdownCells(renderMatrix()));
  });

  it('lets each role run exactly its operations (users by token, providers by API key)', async () => {
    const mismatches: string[] = [];
    for (const op of operations()) {
      for (const role of MATRIX_ROLES.filter((r) => r !== 'REPORTING')) {
        const result = await gql(op.document, op.variables, headers[role]!);
        const refused = (result.errors ?? []).some((e) => e.extensions?.code === 'FORBIDDEN' && GUARD.test(e.message));
        const expected = ROLE_MATRIX[`${op.kind} ${op.name}`].includes(role);
        if (refused === expected)
          mismatches.push(`${op.kind} ${op.name} as ${role}: expected ${expected ? 'allowed' : 'refused'}`);
        if ((result.errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') || result.status >= 500)
          mismatches.push(`${op.kind} ${op.name} as ${role}: internal error`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('lets REPORTING run only allow-listed operations, and those only over operations the matrix gives it', async () => {
    const schema = publicSchema();
    const reporting = Object.entries(ROLE_MATRIX)
      .filter(([, roles]) => roles.includes('REPORTING'))
      .map(([op]) => op);
    const covered = new Set<string>();
    for (const op of allowList) {
      const definition = parse(op.document).definitions[0] as OperationDefinitionNode;
      for (const selection of definition.selectionSet.selections)
        covered.add(`${definition.operation} ${(selection as FieldNode).name.value}`);
      const variables = Object.fromEntries(
        (definition.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          sampleValue(typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value, {
            year: 2022,
            horizon: 3,
            fromYear: 2024,
            years: 2,
            from: '2022-01',
            to: '2022-12',
          }),
        ]),
      );
      const byText = await gql(op.document, variables, headers.REPORTING!);
      expect({
        op: op.name,
        codes: (byText.errors ?? [])
          .map((e) => e.extensions?.code)
          .filter((c) => c === 'FORBIDDEN' || c === 'OPERATION_NOT_ALLOWED' || c === 'INTERNAL_SERVER_ERROR'),
      }).toEqual({ op: op.name, codes: [] });
    }
    expect([...covered].filter((op) => !reporting.includes(op))).toEqual([]);
    expect(reporting.filter((op) => !covered.has(op))).toEqual([]);

    const [first] = allowList;
    const byHash = await gql(undefined as never, {}, headers.REPORTING!, {
      persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(first.document).digest('hex') },
    });
    expect(byHash.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('OPERATION_NOT_ALLOWED');
    for (const op of operations().slice(0, 10)) {
      const free = await gql(op.document, op.variables, headers.REPORTING!);
      expect({ op: op.name, code: free.errors?.[0]?.extensions?.code, status: free.status }).toEqual({
        op: op.name,
        code: 'OPERATION_NOT_ALLOWED',
        status: 403,
      });
    }
  });

  it("gives provider A nothing of provider B's, whatever it asks for", async () => {
    const overrides = {
      unitId: b.unitId,
      providerId: b.providerId,
      contractId: b.contractId,
      deviationId: b.deviationId,
    };
    const idFor: Record<string, string> = {
      unit: b.unitId,
      provider: b.providerId,
      contract: b.contractId,
      deviation: b.deviationId,
    };
    const leaks: string[] = [];
    const secrets = [b.providerId, b.unitId, b.contractId, b.deviationId, b.name];
    for (const op of operations(undefined, overrides).filter((o) =>
      ROLE_MATRIX[`${o.kind} ${o.name}`].includes('PROVIDER'),
    )) {
      const variables = {
        ...op.variables,
        ...(op.name in idFor && 'id' in op.variables ? { id: idFor[op.name] } : {}),
      };
      const result = await gql(op.document, variables, headers.PROVIDER!);
      const data = JSON.stringify(result.data ?? {});
      if (secrets.some((s) => data.includes(s)))
        leaks.push(`${op.kind} ${op.name} returned B's data: ${data.slice(0, 200)}`);
      if ((result.errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'))
        leaks.push(`${op.kind} ${op.name}: internal error`);
    }
    expect(leaks).toEqual([]);

    const writes: [string, Record<string, unknown>][] = [
      [
        `mutation($i: ReportDeviationInput!) { reportDeviation(input: $i) { id } }`,
        { i: { unitId: b.unitId, kind: 'HSL', occurredOn: '2022-03-01', description: 'x' } },
      ],
      [
        `mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id } }`,
        { i: { unitId: b.unitId, receivedOn: '2022-03-01', complainant: 'USER', category: 'OTHER', description: 'x' } },
      ],
      [
        `mutation($i: ChangeDeviationStatusInput!) { changeDeviationStatus(input: $i) { id } }`,
        { i: { deviationId: b.deviationId, to: 'INVESTIGATING' } },
      ],
      [
        `mutation($i: SubmitStaffingReportInput!) { submitStaffingReport(input: $i) { id } }`,
        {
          i: {
            unitId: b.unitId,
            year: 2022,
            half: 1,
            managers: 1,
            permanent: 1,
            temporary: 0,
            hourly: 0,
            jobTitles: [],
            sickLeavePercent: 1,
            staffTurnoverPercent: 1,
          },
        },
      ],
      [
        `mutation($i: SubmitBusinessReportInput!) { submitBusinessReport(input: $i) { id } }`,
        { i: { unitId: b.unitId, year: 2022, sections: [{ section: 'SUMMARY', text: 'x' }] } },
      ],
      [
        `mutation($i: PlacementReportInput!) { submitPlacementReport(input: $i) { id } }`,
        {
          i: {
            unitId: b.unitId,
            month: '2022-03',
            form: 'HVB',
            placed: 1,
            careDays: 1,
            costSek: 1,
            ended: 0,
            endedDurationDays: 0,
          },
        },
      ],
      [
        `mutation($csv: String!) { importPlacementReports(csv: $csv) { accepted } }`,
        { csv: `unit_id,month,form,placed,care_days,cost_sek\n${b.unitId},2022-03,HVB,1,1,1` },
      ],
      [
        `mutation($csv: String!) { importDeviations(csv: $csv) { accepted } }`,
        { csv: `unit_id,kind,occurred_on,reported_on,description\n${b.unitId},SOL_LSS,2022-03-01,2022-03-01,x` },
      ],
    ];
    for (const [document, variables] of writes) {
      const result = await gql(document, variables, headers.PROVIDER!);
      const accepted =
        result.data &&
        Object.values(result.data)[0] &&
        (Object.values(result.data)[0] as { accepted?: boolean }).accepted !== false;
      expect({
        document: document.slice(0, 40),
        accepted: Boolean(accepted),
        code: result.errors?.[0]?.extensions?.code ?? (accepted ? 'none' : 'REJECTED'),
      }).toEqual({
        document: document.slice(0, 40),
        accepted: false,
        code: expect.stringMatching(/FORBIDDEN|NOT_FOUND|REJECTED/),
      });
    }
  });
});
