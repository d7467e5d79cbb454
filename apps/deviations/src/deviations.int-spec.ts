import { DataSource } from 'typeorm';
import { pendingSchemaChanges } from '@kvalitetsnav/persistence';
import { handoffHeaders, officialIdentity, postGraphQL, RunningService, startTestService } from '@kvalitetsnav/testing';
import { DeviationsAppModule } from './app.module';
import { loadDeviationsConfig } from './config';

describe('deviations service (real Postgres and Kafka)', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService('deviations', (env) => DeviationsAppModule.forRoot(loadDeviationsConfig(env)));
  });
  afterAll(() => service?.close());

  it('runs its migrations at start, and they match the entities exactly', async () => {
    expect(await pendingSchemaChanges(service.app.get(DataSource))).toEqual([]);
  });

  it('refuses a deviation on an unknown unit, naming the field', async () => {
    const result = await postGraphQL(
      service.graphqlUrl,
      `mutation($input: ReportDeviationInput!) { reportDeviation(input: $input) { id } }`,
      {
        input: {
          unitId: '4f1c2d3e-0000-4000-8000-000000000000',
          kind: 'SOL_LSS',
          occurredOn: '2022-03-01',
          description: 'Fall i badrum',
        },
      },
      await handoffHeaders(officialIdentity),
    );
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'unitId' } });
  });

  it('refuses an impossible date and a future date', async () => {
    const headers = await handoffHeaders(officialIdentity);
    const report = (occurredOn: string) =>
      postGraphQL(
        service.graphqlUrl,
        `mutation($input: ReportDeviationInput!) { reportDeviation(input: $input) { id } }`,
        {
          input: { unitId: '4f1c2d3e-0000-4000-8000-000000000000', kind: 'HSL', occurredOn, description: 'x' },
        },
        headers,
      );
    expect((await report('2022-02-30')).errors?.[0]).toMatchObject({
      message: expect.stringContaining('occurredOn must be a date YYYY-MM-DD'),
      extensions: { code: 'VALIDATION_FAILED' },
    });
    expect((await report('2999-01-01')).errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^occurredOn 2999-01-01 is after the day it was reported/),
      extensions: { code: 'VALIDATION_FAILED', field: 'occurredOn' },
    });
  });
});
