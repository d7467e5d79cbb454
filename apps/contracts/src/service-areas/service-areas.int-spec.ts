import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { pendingSchemaChanges } from '@kvalitetsnav/persistence';
import {
  adminIdentity,
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
import { ServiceAreaLists1796600000100 } from '../migrations/1796600000100-service-area-lists';

const REGISTER_SECTOR = `mutation($i: RegisterSectorInput!) { registerSector(input: $i) { code name position } }`;
const RENAME_SECTOR = `mutation($i: RenameSectorInput!) { renameSector(input: $i) { code name } }`;
const REGISTER_AREA = `mutation($i: RegisterServiceAreaInput!) { registerServiceArea(input: $i) { code name sectorCode sector { name } } }`;
const UPDATE_AREA = `mutation($i: UpdateServiceAreaInput!) { updateServiceArea(input: $i) { code name sectorCode } }`;
const CREATE_UNIT = `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id serviceArea serviceAreaName } }`;
const LISTS = `{ serviceAreas { code name sectorCode } sectors { code name serviceAreas { code } } }`;

/** The municipality's own lists of sectors and service areas, on real Postgres, with their events. */
describe('service areas and sectors as managed lists (real Postgres and Kafka)', () => {
  let service: RunningService;
  let admin: Record<string, string>;
  let official: Record<string, string>;
  const gql = (query: string, variables: Record<string, unknown> = {}, headers = admin) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const violationsOf = (result: any) => {
    const extensions = result.errors?.[0]?.extensions;
    return extensions?.violations ?? (extensions ? [extensions] : []);
  };
  const suffix = () =>
    randomUUID()
      .slice(0, 6)
      .toUpperCase()
      .replace(/[^A-Z]/g, 'X');
  const events = async (code: string) =>
    (
      await service.app
        .get(DataSource)
        .query(
          `SELECT envelope FROM outbox WHERE topic = 'contracts.service-area.v1' AND message_key = $1 ORDER BY id`,
          [code],
        )
    ).map((r: any) => r.envelope.payload);

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    admin = await handoffHeaders(adminIdentity);
    official = await handoffHeaders(officialIdentity);
  });
  afterAll(() => service?.close());

  it('starts from the enum’s values, and keeps the units that had them', async () => {
    const dataSource = service.app.get(DataSource);
    const providerId = (
      await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, { i: aProviderInput() })
    ).data.createProvider.id;
    const unitId = randomUUID();
    const runner = dataSource.createQueryRunner();
    const migration = new ServiceAreaLists1796600000100();
    try {
      await runner.startTransaction();
      await migration.down(runner);
      await runner.query(
        `INSERT INTO unit (id, provider_id, name, service_area, places, version) VALUES ($1, $2, 'Björkgården', 'NURSING_HOME', 40, 1)`,
        [unitId, providerId],
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
    const lists = (await gql(LISTS, {}, official)).data;
    expect(lists.serviceAreas.slice(0, 3)).toEqual([
      { code: 'HOME_CARE', name: 'Hemtjänst', sectorCode: 'HOME_CARE' },
      { code: 'NURSING_HOME', name: 'Särskilt boende', sectorCode: 'NURSING_HOME' },
      { code: 'LSS_GROUP_HOME', name: 'Gruppbostad LSS', sectorCode: 'DISABILITY' },
    ]);
    expect(lists.sectors.slice(0, 5).map((s: any) => s.code)).toEqual([
      'INDIVIDUAL_AND_FAMILY_CARE',
      'AUTHORITY',
      'DISABILITY',
      'NURSING_HOME',
      'HOME_CARE',
    ]);
    const unit = await gql(
      `query($id: ID!) { unit(id: $id) { serviceArea serviceAreaName } }`,
      { id: unitId },
      official,
    );
    expect(unit.data.unit).toEqual({ serviceArea: 'NURSING_HOME', serviceAreaName: 'Särskilt boende' });
  });

  it('adds a sector and a service area without a release, each code and name once, and sends the area', async () => {
    const s = suffix();
    const sector = (await gql(REGISTER_SECTOR, { i: { name: `Socialpsykiatri ${s}` } })).data.registerSector;
    expect(sector).toMatchObject({ code: `SOCIALPSYKIATRI_${s}`, name: `Socialpsykiatri ${s}` });
    const area = (await gql(REGISTER_AREA, { i: { name: ` Boende  socialpsykiatri ${s}`, sectorCode: sector.code } }))
      .data.registerServiceArea;
    expect(area).toEqual({
      code: `BOENDE_SOCIALPSYKIATRI_${s}`,
      name: `Boende socialpsykiatri ${s}`,
      sectorCode: sector.code,
      sector: { name: sector.name },
    });
    expect(await events(area.code)).toEqual([
      expect.objectContaining({ code: area.code, sectorCode: sector.code, sectorName: sector.name, version: 1 }),
    ]);

    const again = await gql(REGISTER_AREA, {
      i: { name: `BOENDE SOCIALPSYKIATRI ${s}`, sectorCode: sector.code, code: 'HOME_CARE' },
    });
    expect(violationsOf(again)).toEqual([
      expect.objectContaining({
        rule: 'ALREADY_EXISTS',
        field: 'code',
        params: { entity: 'SERVICE_AREA', value: 'HOME_CARE' },
      }),
      expect.objectContaining({ rule: 'ALREADY_EXISTS', field: 'name' }),
    ]);
    const noSector = await gql(REGISTER_AREA, { i: { name: `Dagverksamhet ${s}`, sectorCode: 'NO_SUCH_SECTOR' } });
    expect(violationsOf(noSector)).toEqual([
      expect.objectContaining({
        rule: 'UNKNOWN',
        field: 'sectorCode',
        params: { entity: 'SECTOR', ids: ['NO_SUCH_SECTOR'] },
      }),
    ]);
    const noCode = await gql(REGISTER_AREA, { i: { name: '1 2 3', sectorCode: sector.code } });
    expect(violationsOf(noCode)).toEqual([expect.objectContaining({ rule: 'LIST_CODE_NEEDED', field: 'code' })]);
    const badCode = await gql(REGISTER_AREA, { i: { name: `Korttid ${s}`, sectorCode: sector.code, code: 'korttid' } });
    expect(violationsOf(badCode)).toEqual([expect.objectContaining({ field: 'code', rule: 'BAD_FORMAT' })]);
    const asOfficial = await gql(REGISTER_AREA, { i: { name: `Korttid ${s}`, sectorCode: sector.code } }, official);
    expect(asOfficial.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const areas = (await gql(LISTS, {}, official)).data.serviceAreas;
    expect(areas.filter((a: any) => a.name.toLowerCase().includes(`socialpsykiatri ${s}`.toLowerCase()))).toHaveLength(
      1,
    );
    expect(areas.some((a: any) => a.name.startsWith('Dagverksamhet') || a.name.startsWith('Korttid '))).toBe(false);
  });

  it('renames an area and moves it to another sector under the same code, and sends it again one version on', async () => {
    const s = suffix();
    const area = (await gql(REGISTER_AREA, { i: { name: `Korttidsvistelse ${s}`, sectorCode: 'NURSING_HOME' } })).data
      .registerServiceArea;
    const moved = (
      await gql(UPDATE_AREA, { i: { code: area.code, name: `Korttidsvistelse LSS ${s}`, sectorCode: 'DISABILITY' } })
    ).data.updateServiceArea;
    expect(moved).toEqual({ code: area.code, name: `Korttidsvistelse LSS ${s}`, sectorCode: 'DISABILITY' });
    const taken = await gql(UPDATE_AREA, { i: { code: area.code, name: 'hemtjänst' } });
    expect(violationsOf(taken)).toEqual([expect.objectContaining({ rule: 'ALREADY_EXISTS', field: 'name' })]);
    const unknown = await gql(UPDATE_AREA, { i: { code: 'NO_SUCH_AREA', name: 'X' } });
    expect(violationsOf(unknown)).toEqual([expect.objectContaining({ rule: 'UNKNOWN', field: 'code' })]);
    expect((await events(area.code)).map((e: any) => [e.version, e.sectorCode, e.name])).toEqual([
      [1, 'NURSING_HOME', `Korttidsvistelse ${s}`],
      [2, 'DISABILITY', `Korttidsvistelse LSS ${s}`],
    ]);

    // A sector's new name reaches the other services with each of its areas.
    const sector = (await gql(REGISTER_SECTOR, { i: { name: `Stöd ${s}`, code: `SUPPORT_${s}` } })).data.registerSector;
    await gql(UPDATE_AREA, { i: { code: area.code, sectorCode: sector.code } });
    expect(
      (await gql(RENAME_SECTOR, { i: { code: sector.code, name: `Stöd och service ${s}` } })).data.renameSector.name,
    ).toBe(`Stöd och service ${s}`);
    const last = (await events(area.code)).at(-1);
    expect(last).toMatchObject({ version: 4, sectorCode: sector.code, sectorName: `Stöd och service ${s}` });
    const history = await service.app
      .get(DataSource)
      .query(`SELECT action FROM change_log WHERE entity_type = 'SERVICE_AREA' AND entity_id = $1 ORDER BY id`, [
        area.code,
      ]);
    expect(history.map((e: any) => e.action)).toEqual(['CREATED', 'UPDATED', 'UPDATED']);
  });

  it('refuses a unit of an area not on the list, and stores nothing', async () => {
    const providerId = (
      await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, { i: aProviderInput() })
    ).data.createProvider.id;
    const name = `Enhet ${suffix()}`;
    const refused = await gql(CREATE_UNIT, { i: aUnitInput(providerId, { name, serviceArea: 'SPACE_STATION' }) });
    expect(violationsOf(refused)).toEqual([
      expect.objectContaining({
        rule: 'UNKNOWN',
        field: 'serviceArea',
        params: { entity: 'SERVICE_AREA', ids: ['SPACE_STATION'] },
      }),
    ]);
    const units = (await gql(`query($p: ID) { units(providerId: $p) { name } }`, { p: providerId }, official)).data
      .units;
    expect(units).toEqual([]);

    const s = suffix();
    const area = (await gql(REGISTER_AREA, { i: { name: `Avlösarservice ${s}`, sectorCode: 'DISABILITY' } })).data
      .registerServiceArea;
    const unit = (await gql(CREATE_UNIT, { i: aUnitInput(providerId, { name, serviceArea: area.code }) })).data
      .createUnit;
    expect(unit).toMatchObject({ serviceArea: area.code, serviceAreaName: `Avlösarservice ${s}` });
    const asProvider = await gql(
      LISTS,
      {},
      await handoffHeaders({ sub: 'provider-user', name: 'Utförarens handläggare', roles: ['PROVIDER'], providerId }),
    );
    expect(asProvider.data.serviceAreas.some((a: any) => a.code === area.code)).toBe(true);
  });
});
