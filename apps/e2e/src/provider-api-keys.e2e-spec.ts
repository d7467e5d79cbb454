import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import { aProviderInput, aUnitInput, postGraphQL, waitFor } from '@kvalitetsnav/testing';
import { CREATE_PROVIDER_API_KEY_WITH_ID } from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { Stack, startStack } from './stack';

const REPORT = `mutation($input: ReportDeviationInput!) { reportDeviation(input: $input) { id providerId } }`;

describe("providers' systems with API keys, through the gateway", () => {
  let stack: Stack;
  let graphql: string;
  let admin: Record<string, string>;
  const a = { providerId: '', unitId: '', key: '' };
  const b = { providerId: '', unitId: '' };

  const gql = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    postGraphQL<any>(graphql, query, variables, headers);
  const asA = () => ({ 'x-api-key': a.key });

  async function providerWithUnit(name: string) {
    const gatewayUrl = stack.gatewayUrl!;
    const { id: providerId } = await registerProvider(gatewayUrl, admin, { name });
    const { id: unitId } = await registerUnit(gatewayUrl, admin, providerId, { name: `${name} enhet` });
    return { providerId, unitId };
  }

  // Not register's issueApiKey: revoking a key needs its id, which that helper does not return.
  async function issueKey(providerId: string, name: string) {
    const created = await postGraphQL(graphql, CREATE_PROVIDER_API_KEY_WITH_ID, { input: { providerId, name } }, admin);
    expect(created.errors).toBeUndefined();
    return created.data!.createProviderApiKey;
  }

  beforeAll(async () => {
    stack = await startStack();
    graphql = `${stack.gatewayUrl}/graphql`;
    admin = {
      authorization: `Bearer ${await signUserToken({ sub: 'admin', name: 'Admin', roles: ['ADMIN'] }, DEVELOPMENT_JWT_SECRET)}`,
    };
    Object.assign(a, await providerWithUnit('Leverantör A'));
    Object.assign(b, await providerWithUnit('Leverantör B'));
    a.key = (await issueKey(a.providerId, 'A:s verksamhetssystem')).key;
    // Both units must have reached deviations before the write tests.
    await waitFor(
      async () => {
        const r = await gql(`{ deviations { id } }`, {}, admin);
        const probe = await gql(
          REPORT,
          { input: { unitId: b.unitId, kind: 'HSL', occurredOn: '2022-01-01', description: 'x' } },
          admin,
        );
        return !r.errors && !probe.errors;
      },
      { what: 'units in the deviations read model' },
    );
  });
  afterAll(() => stack?.close());

  it('sees only its own provider and units', async () => {
    const own = await gql(`{ providers { id } units { id } }`, {}, asA());
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({ providers: [{ id: a.providerId }], units: [{ id: a.unitId }] });
    const other = await gql(
      `query($p: ID!, $u: ID!) { provider(id: $p) { id } unit(id: $u) { id } }`,
      { p: b.providerId, u: b.unitId },
      asA(),
    );
    expect(other.data).toEqual({ provider: null, unit: null });
  });

  it("reports deviations for its own units, and is refused on another provider's", async () => {
    const ownReport = await gql(
      REPORT,
      { input: { unitId: a.unitId, kind: 'SOL_LSS', occurredOn: '2022-02-02', description: 'Sen insats' } },
      asA(),
    );
    expect(ownReport.errors).toBeUndefined();
    expect(ownReport.data.reportDeviation.providerId).toBe(a.providerId);
    const foreign = await gql(
      REPORT,
      { input: { unitId: b.unitId, kind: 'SOL_LSS', occurredOn: '2022-02-02', description: 'x' } },
      asA(),
    );
    // Another provider's unit answers as one that does not exist, so its existence is not revealed.
    expect(foreign.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'unitId', rule: 'UNKNOWN' } });
    const complaint = await gql(
      `mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { kind providerId } }`,
      {
        i: {
          unitId: a.unitId,
          receivedOn: '2022-02-03',
          complainant: 'RELATIVE',
          category: 'TREATMENT',
          description: 'Otrevligt bemötande',
        },
      },
      asA(),
    );
    expect(complaint.data?.registerComplaint).toEqual({ kind: 'COMPLAINT', providerId: a.providerId });
    const foreignComplaint = await gql(
      `mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id } }`,
      { i: { unitId: b.unitId, receivedOn: '2022-02-03', complainant: 'USER', category: 'OTHER', description: 'x' } },
      asA(),
    );
    expect(foreignComplaint.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND', field: 'unitId', rule: 'UNKNOWN' },
    });
    const listed = await gql(`{ deviations { providerId } }`, {}, asA());
    expect([...new Set(listed.data.deviations.map((d: { providerId: string }) => d.providerId))]).toEqual([
      a.providerId,
    ]);
  });

  it("submits staffing and business reports for its own units, versioned, and is refused on another provider's", async () => {
    const STAFFING = `mutation($input: SubmitStaffingReportInput!) { submitStaffingReport(input: $input) { version providerId } }`;
    const staffing = (unitId: string) => ({
      unitId,
      year: 2022,
      half: 2,
      managers: 1,
      permanent: 8,
      temporary: 1,
      hourly: 3,
      jobTitles: [{ title: 'Stödassistent', headcount: 12 }],
      sickLeavePercent: 8.1,
      staffTurnoverPercent: 14,
    });
    const first = await gql(STAFFING, { input: staffing(a.unitId) }, asA());
    const second = await gql(STAFFING, { input: staffing(a.unitId) }, asA());
    expect([first.data?.submitStaffingReport, second.data?.submitStaffingReport]).toEqual([
      { version: 1, providerId: a.providerId },
      { version: 2, providerId: a.providerId },
    ]);
    const business = await gql(
      `mutation($input: SubmitBusinessReportInput!) { submitBusinessReport(input: $input) { version } }`,
      { input: { unitId: a.unitId, year: 2022, sections: [{ section: 'SUMMARY', text: 'Verksamhetsåret 2022' }] } },
      asA(),
    );
    expect(business.data?.submitBusinessReport).toEqual({ version: 1 });

    // Another provider's unit answers exactly as an unknown one.
    const foreign = await gql(STAFFING, { input: staffing(b.unitId) }, asA());
    expect(foreign.errors?.[0]).toMatchObject({
      message: `unitId ${b.unitId} is not a known unit`,
      extensions: { code: 'NOT_FOUND', field: 'unitId', rule: 'UNKNOWN', params: { entity: 'UNIT', ids: [b.unitId] } },
    });
    const missing = await gql(`{ unitsMissingReport(kind: STAFFING, year: 2022, half: 2) { id } }`, {}, admin);
    expect(missing.data.unitsMissingReport.map((u: { id: string }) => u.id)).toContain(b.unitId);
    expect(missing.data.unitsMissingReport.map((u: { id: string }) => u.id)).not.toContain(a.unitId);
  });

  it('cannot register providers, units or keys', async () => {
    const attempts = await Promise.all([
      gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, { i: aProviderInput() }, asA()),
      gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: aUnitInput(a.providerId) }, asA()),
      gql(
        `mutation($i: CreateProviderApiKeyInput!) { createProviderApiKey(input: $i) { key } }`,
        { i: { providerId: a.providerId, name: 'x' } },
        asA(),
      ),
    ]);
    expect(attempts.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  it('refuses unknown and revoked keys with 401, and both credentials at once', async () => {
    const unknown = await gql(`{ providers { id } }`, {}, { 'x-api-key': 'kvn_0123456789_' + 'a'.repeat(43) });
    expect({ status: unknown.status, code: unknown.errors?.[0]?.extensions?.code }).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });

    const revokedKey = await issueKey(a.providerId, 'Återkallad');
    await gql(`mutation($id: ID!) { revokeProviderApiKey(id: $id) { id } }`, { id: revokedKey.apiKey.id }, admin);
    const revoked = await gql(`{ providers { id } }`, {}, { 'x-api-key': revokedKey.key });
    expect(revoked.status).toBe(401);

    const both = await gql(`{ providers { id } }`, {}, { ...admin, ...asA() });
    expect(both.status).toBe(401);
  });
});
