import { stockholmToday } from '@kvalitetsnav/calendar';
import { pendingSchemaChanges } from '@kvalitetsnav/persistence';
import {
  aProviderInput,
  aUnitInput,
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  RunningService,
  startTestService,
} from '@kvalitetsnav/testing';
import { DataSource } from 'typeorm';
import { ContractsAppModule } from '../app.module';
import { loadContractsConfig } from '../config';
import { RequirementFindingSnapshot1796600000400 } from '../migrations/1796600000400-requirement-finding-snapshot';

const ADD = `mutation($i: AddContractRequirementInput!) { addContractRequirement(input: $i) { id version } }`;
const UPDATE = `mutation($i: UpdateContractRequirementInput!) { updateContractRequirement(input: $i) { target version } }`;
const REMOVE = `mutation($id: ID!) { removeContractRequirement(requirementId: $id) { id } }`;
const RECORD = `mutation($i: RecordRequirementFindingInput!) { recordRequirementFinding(input: $i) {
  outcome changedSinceJudged judged { target } } }`;
const CHECKS = `query($id: ID!) { followUp(id: $id) { requirementChecks {
  requirement { target } measured outcome changedSinceJudged
  judged { label comparison target measureUnit version } } } }`;

/** A follow-up's finding keeps the requirement as it was judged, on real Postgres. */
describe('a finding keeps the requirement as judged (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, official);
  const fields = {
    key: 'QUALIFIED_STAFF',
    label: 'Utbildad personal',
    kind: 'QUALIFIED_SHARE',
    comparison: 'AT_LEAST',
  };

  async function contractWithFollowUp() {
    const providerId = (
      await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, { i: aProviderInput() })
    ).data.createProvider.id;
    const unitId = (
      await gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: aUnitInput(providerId) })
    ).data.createUnit.id;
    const contractId = (
      await gql(`mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`, {
        i: {
          reference: `SNAP-${Date.now()}`,
          title: 'Avtal',
          form: 'LOU',
          providerId,
          unitIds: [unitId],
          startDate: '2020-01-01',
        },
      })
    ).data.createContract.id as string;
    const followUpId = (
      await gql(`mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }`, {
        i: { type: 'SPECIFIC', title: 'Fördjupad uppföljning', contractId, plannedOn: stockholmToday() },
      })
    ).data.createFollowUp.id as string;
    const requirement = (await gql(ADD, { i: { contractId, ...fields, target: 80 } })).data.addContractRequirement;
    return { contractId, followUpId, requirementId: requirement.id as string };
  }

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    official = await handoffHeaders(officialIdentity);
  });
  afterAll(() => service?.close());

  it('keeps the judged target after the requirement is edited, and judges anew when recorded again', async () => {
    const { followUpId, requirementId } = await contractWithFollowUp();
    const recorded = await gql(RECORD, { i: { followUpId, requirementId, measured: 72 } });
    expect(recorded.data.recordRequirementFinding).toEqual({
      outcome: 'NOT_MET',
      changedSinceJudged: false,
      judged: { target: 80 },
    });

    const edited = await gql(UPDATE, { i: { requirementId, ...fields, target: 70 } });
    expect(edited.data.updateContractRequirement).toEqual({ target: 70, version: 2 });
    expect((await gql(CHECKS, { id: followUpId })).data.followUp.requirementChecks).toEqual([
      {
        requirement: { target: 70 },
        measured: 72,
        outcome: 'NOT_MET',
        changedSinceJudged: true,
        judged: { label: 'Utbildad personal', comparison: 'AT_LEAST', target: 80, measureUnit: '%', version: 1 },
      },
    ]);

    const inUse = await gql(REMOVE, { id: requirementId });
    expect(inUse.errors?.[0]?.extensions).toMatchObject({ rule: 'REQUIREMENT_HAS_FINDINGS', params: { count: 1 } });

    await gql(RECORD, { i: { followUpId, requirementId, measured: 72 } });
    expect((await gql(CHECKS, { id: followUpId })).data.followUp.requirementChecks[0]).toMatchObject({
      outcome: 'MET',
      changedSinceJudged: false,
      judged: { target: 70, version: 2 },
    });
  });

  it('carries existing findings over by copying the requirement as it is', async () => {
    const dataSource = service.app.get(DataSource);
    const { followUpId, requirementId } = await contractWithFollowUp();
    await gql(UPDATE, { i: { requirementId, ...fields, target: 75 } });
    const runner = dataSource.createQueryRunner();
    const migration = new RequirementFindingSnapshot1796600000400();
    try {
      await runner.startTransaction();
      await migration.down(runner);
      // A finding as the table held them before: no snapshot of the requirement.
      await runner.query(
        `INSERT INTO requirement_finding (follow_up_id, requirement_id, measured, note) VALUES ($1, $2, 76, 'Före')`,
        [followUpId, requirementId],
      );
      await migration.up(runner);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
    expect((await gql(CHECKS, { id: followUpId })).data.followUp.requirementChecks).toEqual([
      {
        requirement: { target: 75 },
        measured: 76,
        outcome: 'MET',
        changedSinceJudged: false,
        judged: { label: 'Utbildad personal', comparison: 'AT_LEAST', target: 75, measureUnit: '%', version: 2 },
      },
    ]);
  });
});
