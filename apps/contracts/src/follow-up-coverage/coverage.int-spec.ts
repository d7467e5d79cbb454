import { stockholmToday } from '@kvalitetsnav/calendar';
import {
  aProviderInput,
  aUnitInput,
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  RunningService,
  startTestService,
} from '@kvalitetsnav/testing';
import { ContractsAppModule } from '../app.module';
import { loadContractsConfig } from '../config';

const CHECKLIST = ['CONTRACT', 'COMPLAINTS', 'BUSINESS_REPORT', 'MAS_MAR_INPUT', 'SYSTEM_DATA'].map((item) => ({
  item,
  done: true,
}));
const REQUIREMENT = `id key label kind comparison target measureUnit version`;
const ADD = `mutation($i: AddContractRequirementInput!) { addContractRequirement(input: $i) { ${REQUIREMENT} } }`;
const UPDATE = `mutation($i: UpdateContractRequirementInput!) { updateContractRequirement(input: $i) { ${REQUIREMENT} } }`;
const REMOVE = `mutation($id: ID!) { removeContractRequirement(requirementId: $id) { id } }`;
const RECORD = `mutation($i: RecordRequirementFindingInput!) { recordRequirementFinding(input: $i) { measured outcome } }`;
const REQUIREMENTS = `query($id: ID!) { contract(id: $id) { requirements { ${REQUIREMENT} } } }`;
const CHECKS = `query($id: ID!) { followUp(id: $id) { requirementChecks { requirement { key } measured note outcome } } }`;
const COVERAGE = `query($year: Int!, $asOf: String) { followUpCoverage(year: $year, asOf: $asOf) {
  numerator denominator byServiceArea { serviceArea numerator denominator }
  byProvider { providerId providerName numerator denominator }
  uncoveredUnits { unitId unitName providerName }
  iopWithoutFollowUp { contractId reference providerId lastFollowedUpOn dueSince } } }`;
const IOP = `query { iopContractsWithoutFollowUp { contractId dueSince } }`;
const RISK = `query($id: ID!) { contract(id: $id) { risk { parts { kind count points } } } }`;

/** Coverage of the year and contract requirements against findings, on real Postgres. */
describe('coverage and contract requirements (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  const today = stockholmToday();
  const year = Number(today.slice(0, 4));
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, official);
  let n = 0;

  async function contract(form: string, startDate: string) {
    const providerId = (
      await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, {
        i: aProviderInput({ ownership: form === 'IOP' ? 'NON_PROFIT' : 'PRIVATE' }),
      })
    ).data.createProvider.id;
    const unitIds: string[] = [];
    for (const serviceArea of ['LSS_GROUP_HOME', 'HOME_CARE'])
      unitIds.push(
        (
          await gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
            i: aUnitInput(providerId, { serviceArea: serviceArea as never }),
          })
        ).data.createUnit.id,
      );
    const created = await gql(`mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`, {
      i: { reference: `COV-${Date.now()}-${++n}`, title: 'Avtal', form, providerId, unitIds, startDate },
    });
    return { providerId, unitIds, contractId: created.data.createContract.id as string };
  }

  async function followUp(type: string, contractId: string) {
    const id = (
      await gql(`mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }`, {
        i: { type, title: 'Uppföljning', contractId, plannedOn: today },
      })
    ).data.createFollowUp.id as string;
    return id;
  }

  async function report(id: string) {
    await gql(`mutation($i: PrepareFollowUpInput!) { prepareFollowUp(input: $i) { id } }`, {
      i: { followUpId: id, responsible: 'Anna', assistant: 'Bo', methods: ['INTERVIEW'], checklist: CHECKLIST },
    });
    await gql(`mutation($id: ID!) { startFollowUp(id: $id) { id } }`, { id });
    const reported = await gql(`mutation($i: ReportFollowUpInput!) { reportFollowUp(input: $i) { status } }`, {
      i: { followUpId: id, findings: 'Iakttagelser.', decisionNeeded: false, actions: [] },
    });
    expect(reported.data.reportFollowUp.status).toBe('REPORTED');
  }

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    official = await handoffHeaders(officialIdentity);
  });
  afterAll(() => service?.close());

  it('counts a unit covered once a follow-up of its contract is reported, and flags an IOP contract a year without one', async () => {
    const lou = await contract('LOU', '2020-01-01');
    const iop = await contract('IOP', '2020-01-01');
    const young = await contract('IOP', today);
    const before = (await gql(COVERAGE, { year })).data.followUpCoverage;
    const uncovered = before.uncoveredUnits.map((u: any) => u.unitId);
    expect(uncovered).toEqual(expect.arrayContaining([...lou.unitIds, ...iop.unitIds, ...young.unitIds]));
    const flagged = before.iopWithoutFollowUp.map((f: any) => f.contractId);
    expect(flagged).toContain(iop.contractId);
    expect(flagged).not.toContain(young.contractId);
    expect(before.iopWithoutFollowUp.find((f: any) => f.contractId === iop.contractId)).toMatchObject({
      lastFollowedUpOn: null,
      dueSince: '2021-01-01',
      providerId: iop.providerId,
    });
    expect(before.byProvider.find((p: any) => p.providerId === lou.providerId)).toMatchObject({
      numerator: 0,
      denominator: 2,
    });

    const iopPart = async () =>
      (await gql(RISK, { id: iop.contractId })).data.contract.risk.parts.find(
        (p: any) => p.kind === 'IOP_NOT_FOLLOWED_UP',
      ) ?? null;
    expect(await iopPart()).toEqual({ kind: 'IOP_NOT_FOLLOWED_UP', count: 1, points: 2 });

    const planned = await followUp('SPECIFIC', lou.contractId);
    expect((await gql(COVERAGE, { year })).data.followUpCoverage.numerator).toBe(before.numerator);
    await report(planned);
    await report(await followUp('IOP_ANNUAL', iop.contractId));

    const after = (await gql(COVERAGE, { year })).data.followUpCoverage;
    expect(after.numerator).toBe(before.numerator + 4);
    expect(after.denominator).toBe(before.denominator);
    expect(after.byProvider.find((p: any) => p.providerId === lou.providerId)).toMatchObject({ numerator: 2 });
    expect(after.uncoveredUnits.map((u: any) => u.unitId)).not.toContain(lou.unitIds[0]);
    expect(after.iopWithoutFollowUp.map((f: any) => f.contractId)).not.toContain(iop.contractId);
    expect((await gql(IOP)).data.iopContractsWithoutFollowUp.map((f: any) => f.contractId)).not.toContain(
      iop.contractId,
    );
    expect(await iopPart()).toBeNull();
    // Last year, the same follow-ups did not count.
    const lastYear = (await gql(COVERAGE, { year: year - 1 })).data.followUpCoverage;
    expect(lastYear.uncoveredUnits.map((u: any) => u.unitId)).toContain(lou.unitIds[0]);
  });

  it('keeps a contract requirement, refuses bad ones with nothing stored, and checks a finding against it', async () => {
    const { contractId } = await contract('LOU', '2020-01-01');
    const fields = {
      key: 'QUALIFIED_STAFF',
      label: 'Utbildad personal',
      kind: 'QUALIFIED_SHARE',
      comparison: 'AT_LEAST',
    };
    const over = await gql(ADD, { i: { contractId, ...fields, target: 120 } });
    expect(over.errors?.[0]?.extensions).toMatchObject({ rule: 'REQUIREMENT_PERCENT_OVER_100', field: 'target' });
    const empty = await gql(ADD, { i: { contractId, ...fields, label: ' ', target: null } });
    expect(empty.errors?.[0]?.extensions?.violations?.map((v: any) => [v.rule, v.field])).toEqual([
      ['REQUIRED', 'label'],
      ['REQUIRED', 'target'],
    ]);
    const negative = await gql(ADD, { i: { contractId, ...fields, target: -1 } });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    const badKey = await gql(ADD, { i: { contractId, ...fields, key: 'utbildad personal', target: 80 } });
    expect(badKey.errors?.[0]?.extensions).toMatchObject({ rule: 'BAD_FORMAT' });
    expect((await gql(REQUIREMENTS, { id: contractId })).data.contract.requirements).toEqual([]);

    const added = (await gql(ADD, { i: { contractId, ...fields, target: 80, measureUnit: 'st' } })).data
      .addContractRequirement;
    expect(added).toMatchObject({ key: 'QUALIFIED_STAFF', target: 80, measureUnit: '%', version: 1 });
    const again = await gql(ADD, { i: { contractId, ...fields, target: 70 } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ rule: 'REQUIREMENT_KEY_TAKEN', field: 'key' });
    const hours = (
      await gql(ADD, {
        i: { contractId, key: 'NIGHT_HOURS', label: 'Vaken natt', kind: 'HOURS', comparison: 'AT_LEAST', target: 8 },
      })
    ).data.addContractRequirement;
    const edited = (
      await gql(UPDATE, { i: { requirementId: hours.id, ...fields, key: 'NIGHT_HOURS', kind: 'HOURS', target: 10 } })
    ).data.updateContractRequirement;
    expect(edited).toMatchObject({ target: 10, measureUnit: 'timmar', version: 2 });

    const id = await followUp('SPECIFIC', contractId);
    const tooMuch = await gql(RECORD, { i: { followUpId: id, requirementId: added.id, measured: 101 } });
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({ rule: 'REQUIREMENT_PERCENT_OVER_100', field: 'measured' });
    const other = await contract('LOU', '2020-01-01');
    const foreign = await gql(RECORD, {
      i: { followUpId: await followUp('SPECIFIC', other.contractId), requirementId: added.id, measured: 90 },
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ rule: 'REQUIREMENT_OF_ANOTHER_CONTRACT' });

    const short = await gql(RECORD, { i: { followUpId: id, requirementId: added.id, measured: 72, note: 'Vikarier' } });
    expect(short.data.recordRequirementFinding).toEqual({ measured: 72, outcome: 'NOT_MET' });
    expect((await gql(CHECKS, { id })).data.followUp.requirementChecks).toEqual([
      { requirement: { key: 'QUALIFIED_STAFF' }, measured: 72, note: 'Vikarier', outcome: 'NOT_MET' },
      { requirement: { key: 'NIGHT_HOURS' }, measured: null, note: null, outcome: 'NOT_ASSESSED' },
    ]);
    await gql(RECORD, { i: { followUpId: id, requirementId: added.id, measured: 85 } });
    expect((await gql(CHECKS, { id })).data.followUp.requirementChecks[0]).toMatchObject({
      outcome: 'MET',
      note: null,
    });

    const inUse = await gql(REMOVE, { id: added.id });
    expect(inUse.errors?.[0]?.extensions).toMatchObject({ rule: 'REQUIREMENT_HAS_FINDINGS', params: { count: 1 } });
    expect((await gql(REMOVE, { id: hours.id })).data.removeContractRequirement.id).toBe(hours.id);
    expect((await gql(REQUIREMENTS, { id: contractId })).data.contract.requirements.map((r: any) => r.key)).toEqual([
      'QUALIFIED_STAFF',
    ]);
  });

  it('covers the units answered in a reported thematic round, and shows their numeric answer beside the requirement', async () => {
    const { contractId, unitIds } = await contract('LOU', '2020-01-01');
    const key = `QUALIFIED_${Date.now()}`;
    await gql(ADD, {
      i: { contractId, key, label: 'Utbildad personal', kind: 'QUALIFIED_SHARE', comparison: 'AT_LEAST', target: 80 },
    });
    const guideId = (
      await gql(`mutation($i: PublishQuestionGuideInput!) { publishQuestionGuide(input: $i) { id } }`, {
        i: {
          key: `GUIDE_${Date.now()}`,
          title: 'Bemanning',
          questions: [
            { key: 'SHARE', text: 'Andel utbildad personal i procent?', answerType: 'NUMBER', requirement: key },
          ],
        },
      })
    ).data.publishQuestionGuide.id;
    const round = (
      await gql(
        `mutation($i: CreateThematicFollowUpInput!) { createThematicFollowUp(input: $i) { followUp { id } } }`,
        {
          i: {
            type: 'THEMATIC',
            title: 'Bemanning i år',
            plannedOn: today,
            guideId,
            scopeKind: 'CHOSEN_UNITS',
            unitIds,
          },
        },
      )
    ).data.createThematicFollowUp.followUp.id;
    await gql(`mutation($i: RecordUnitFindingsInput!) { recordUnitFindings(input: $i) { followUp { id } } }`, {
      i: { followUpId: round, unitId: unitIds[0], answers: [{ questionKey: 'SHARE', value: '70' }] },
    });

    const specific = await followUp('SPECIFIC', contractId);
    const checks = (
      await gql(
        `query($id: ID!) { followUp(id: $id) { requirementChecks { outcome guideAnswers { followUpTitle value outcome } } } }`,
        { id: specific },
      )
    ).data.followUp.requirementChecks;
    expect(checks).toEqual([
      { outcome: 'NOT_ASSESSED', guideAnswers: [{ followUpTitle: 'Bemanning i år', value: 70, outcome: 'NOT_MET' }] },
    ]);

    const uncovered = async () =>
      (await gql(COVERAGE, { year })).data.followUpCoverage.uncoveredUnits.map((u: any) => u.unitId);
    expect(await uncovered()).toEqual(expect.arrayContaining(unitIds));
    await report(round);
    const after = await uncovered();
    expect(after).not.toContain(unitIds[0]);
    expect(after).toContain(unitIds[1]);
  });
});
