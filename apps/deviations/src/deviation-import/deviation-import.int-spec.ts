import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { KafkaClient } from '@kvalitetsnav/messaging';
import {
  RunningService,
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  sendTestEvent,
  startTestService,
  waitFor,
} from '@kvalitetsnav/testing';
import { DeviationsAppModule } from '../app.module';
import { loadDeviationsConfig } from '../config';

/** The case system's export as it comes: its own headers and words, `;`, a time on dates, columns not imported. */
const SOURCE = {
  code: 'TRESERVA',
  name: 'Treserva',
  unitCodeSystem: 'TRESERVA',
  columns: [
    { field: 'external_id', header: 'Ärendenr' },
    { field: 'unit_code', header: 'Enhetskod' },
    { field: 'kind', header: 'Ärendetyp' },
    { field: 'occurred_on', header: 'Händelsedatum' },
    { field: 'reported_on', header: 'Registreringsdatum' },
    { field: 'description', header: 'Beskrivning' },
    { field: 'status', header: 'Status' },
    { field: 'actions_registered_on', header: 'Åtgärdsdatum' },
  ],
  values: [
    { field: 'kind', from: 'Avvikelse SoL/LSS', to: 'SOL_LSS' },
    { field: 'kind', from: 'Klagomål', to: 'COMPLAINT' },
    { field: 'status', from: 'Registrerad', to: 'REPORTED' },
    { field: 'status', from: 'Åtgärdad', to: 'ACTIONS_REGISTERED' },
  ],
};
const HEADER =
  'Ärendenr;Enhetskod;Ärendetyp;Händelsedatum;Registreringsdatum;Beskrivning;Status;Åtgärdsdatum;Handläggare';

describe('importing a case system export through its saved mapping (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  const unitId = randomUUID();
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, official);
  const count = async (table: string) =>
    Number((await service.app.get(DataSource).query(`SELECT count(*) FROM ${table}`))[0].count);
  const save = (input: unknown) =>
    gql(`mutation($i: SaveImportSourceInput!) { saveDeviationImportSource(input: $i) { code version } }`, { i: input });
  const RESULT = 'accepted imported created changed unchanged errors { line column rule params }';
  const importFile = (csv: string, source: string | null = 'TRESERVA') =>
    gql(`mutation($csv: String!, $s: String) { importDeviations(csv: $csv, source: $s) { ${RESULT} } }`, {
      csv,
      s: source,
    });

  beforeAll(async () => {
    service = await startTestService('deviations', (env) => DeviationsAppModule.forRoot(loadDeviationsConfig(env)));
    official = await handoffHeaders(officialIdentity);
    await sendTestEvent(service.app.get(KafkaClient), 'contracts.unit.v1', unitId, {
      id: unitId,
      providerId: randomUUID(),
      name: 'Hemtjänst Norr',
      serviceArea: 'HOME_CARE',
      places: null,
      externalCodes: [
        { system: 'TRESERVA', code: 'HT-01' },
        { system: 'KOSTNADSSTALLE', code: '8120' },
      ],
      version: 1,
    });
    await waitFor(async () => (await count('unit_ref')) === 1, { what: 'the unit from contracts' });
  });
  afterAll(() => service?.close());

  it('keeps a mapping only when every field an import needs has a column and values map to codes', async () => {
    const columns = SOURCE.columns.filter((c) => c.field !== 'reported_on');
    expect((await save({ ...SOURCE, columns })).errors?.[0]).toMatchObject({
      extensions: { rule: 'IMPORT_FIELD_NOT_MAPPED', field: 'columns', params: { field: 'reported_on' } },
    });
    const values = [{ field: 'kind', from: 'Avvikelse', to: 'NO_SUCH_KIND' }];
    expect((await save({ ...SOURCE, values })).errors?.[0]).toMatchObject({
      extensions: { rule: 'NOT_ONE_OF', field: 'values' },
    });
    expect(await count('deviation_import_source')).toBe(0);
    expect((await save(SOURCE)).data.saveDeviationImportSource).toEqual({ code: 'TRESERVA', version: 1 });
    expect((await save(SOURCE)).data.saveDeviationImportSource).toEqual({ code: 'TRESERVA', version: 2 });
  });

  it('previews the mapped rows and every error by line and header, storing nothing', async () => {
    const csv = [
      HEADER,
      'A-1;HT-01;Avvikelse SoL/LSS;2022-03-01 08:15;2022-03-01;Planerad insats genomfördes inte;Registrerad;;Eva',
      'A-2;HT-99;Klagomål;2022-03-02;2022-03-02;Synpunkt på bemötande;Registrerad;;Eva',
      'A-1;HT-01;Klagomål;2022-03-03;2022-03-03;Synpunkt;Registrerad;;Eva',
    ].join('\n');
    const before = await count('deviation');
    const preview = await gql(
      `query($csv: String!) { previewDeviationImport(csv: $csv, source: "TRESERVA") { accepted errors { line column rule params } } }`,
      { csv },
    );
    expect(preview.data.previewDeviationImport).toEqual({
      accepted: false,
      errors: [
        { line: 3, column: 'Enhetskod', rule: 'UNKNOWN', params: { entity: 'UNIT', ids: ['HT-99'] } },
        { line: 4, column: 'Ärendenr', rule: 'LISTED_TWICE', params: { value: 'A-1' } },
      ],
    });
    const good = await gql(
      `query($csv: String!) { previewDeviationImport(csv: $csv, source: "TRESERVA") {
        accepted created rows { line externalId unitName kind occurredOn status change } } }`,
      { csv: csv.split('\n').slice(0, 2).join('\n') },
    );
    expect(good.data.previewDeviationImport).toEqual({
      accepted: true,
      created: 1,
      rows: [
        {
          line: 2,
          externalId: 'A-1',
          unitName: 'Hemtjänst Norr',
          kind: 'SOL_LSS',
          occurredOn: '2022-03-01',
          status: 'REPORTED',
          change: 'NEW',
        },
      ],
    });
    expect(await count('deviation')).toBe(before);
  });

  it('adds a period once: imported again it changes nothing, and a case changed since is updated', async () => {
    const rows = [
      'B-1;HT-01;Avvikelse SoL/LSS;2022-04-01;2022-04-01;Planerad insats genomfördes inte;Registrerad;;Eva',
      'B-2;HT-01;Klagomål;2022-04-02;2022-04-02;Synpunkt på bemötande;Registrerad;;Eva',
    ];
    const file = (lines: string[]) => [HEADER, ...lines].join('\n');
    expect((await importFile(file(rows))).data.importDeviations).toEqual({
      accepted: true,
      imported: 2,
      created: 2,
      changed: 0,
      unchanged: 0,
      errors: [],
    });
    const written = [await count('deviation'), await count('outbox'), await count('deviation_transition')];
    expect((await importFile(file(rows))).data.importDeviations).toMatchObject({
      created: 0,
      changed: 0,
      unchanged: 2,
    });
    expect([await count('deviation'), await count('outbox'), await count('deviation_transition')]).toEqual(written);

    const handled = rows[0].replace(';Registrerad;;', ';Åtgärdad;2022-04-05;');
    expect((await importFile(file([handled, rows[1]]))).data.importDeviations).toMatchObject({
      imported: 1,
      created: 0,
      changed: 1,
      unchanged: 1,
    });
    const [stored] = await service.app
      .get(DataSource)
      .query(`SELECT status, version, actions_registered_on::text AS actions FROM deviation WHERE external_id = 'B-1'`);
    expect(stored).toEqual({ status: 'ACTIONS_REGISTERED', version: 2, actions: '2022-04-05' });
    expect([await count('deviation'), await count('outbox'), await count('deviation_transition')]).toEqual([
      written[0],
      written[1] + 1,
      written[2] + 1,
    ]);
  });

  it("keeps Kvalitetsnav's own layout, with an external id column making it idempotent too", async () => {
    const csv = `unit_id,kind,occurred_on,reported_on,description,external_id\n${unitId},HSL,2022-05-01,2022-05-01,Läkemedel,C-1`;
    expect((await importFile(csv, null)).data.importDeviations).toMatchObject({ created: 1 });
    expect((await importFile(csv, null)).data.importDeviations).toMatchObject({ created: 0, unchanged: 1 });
  });

  it('refuses an unknown source, naming it', async () => {
    expect((await importFile(HEADER, 'NO_SUCH_SOURCE')).errors?.[0]).toMatchObject({
      extensions: { rule: 'UNKNOWN', field: 'source', params: { entity: 'IMPORT_SOURCE', ids: ['NO_SUCH_SOURCE'] } },
    });
  });

  describe('with the category', () => {
    const KAT = {
      ...SOURCE,
      code: 'TRESERVA_KAT',
      name: 'Treserva med kategori',
      columns: [...SOURCE.columns, { field: 'category', header: 'Kategori' }],
      values: [
        ...SOURCE.values,
        { field: 'category', from: 'Utebliven insats', to: 'PLANNED_INTERVENTION_NOT_PERFORMED' },
        { field: 'category', from: 'Läkemedelshantering', to: 'MEDICATION' },
      ],
    };
    const WITH = `${HEADER};Kategori`;
    const row = (id: string, kind: string, category: string) =>
      `${id};HT-01;${kind};2022-06-01;2022-06-01;Insatsen uteblev;Registrerad;;Eva;${category}`;
    const categoryOf = async (externalId: string) =>
      (
        await service.app
          .get(DataSource)
          .query(`SELECT category_code, version FROM deviation WHERE external_id = $1`, [externalId])
      )[0];

    it("maps the export's own category words only to categories in use", async () => {
      const values = [{ field: 'category', from: 'Utebliven insats', to: 'NO_SUCH_CATEGORY' }];
      expect((await save({ ...KAT, values })).errors?.[0]).toMatchObject({
        extensions: {
          rule: 'NOT_ONE_OF',
          field: 'values',
          params: { allowed: expect.arrayContaining(['PLANNED_INTERVENTION_NOT_PERFORMED']) },
        },
      });
      expect((await save(KAT)).data.saveDeviationImportSource).toEqual({ code: 'TRESERVA_KAT', version: 1 });
    });

    it('imports the category, shown by its Swedish name in the preview', async () => {
      const csv = [WITH, row('K-1', 'Avvikelse SoL/LSS', 'utebliven insats')].join('\n');
      const preview = await gql(
        `query($csv: String!) { previewDeviationImport(csv: $csv, source: "TRESERVA_KAT") {
          accepted rows { externalId categoryCode categoryLabel change } } }`,
        { csv },
      );
      expect(preview.data.previewDeviationImport).toEqual({
        accepted: true,
        rows: [
          {
            externalId: 'K-1',
            categoryCode: 'PLANNED_INTERVENTION_NOT_PERFORMED',
            categoryLabel: 'Planerad insats har inte utförts',
            change: 'NEW',
          },
        ],
      });
      expect((await importFile(csv, 'TRESERVA_KAT')).data.importDeviations).toMatchObject({ created: 1 });
      expect(await categoryOf('K-1')).toEqual({ category_code: 'PLANNED_INTERVENTION_NOT_PERFORMED', version: 1 });
      expect((await importFile(csv, 'TRESERVA_KAT')).data.importDeviations).toMatchObject({ unchanged: 1 });
    });

    it('refuses an unknown category and one of another kind at its line and column, storing nothing', async () => {
      const before = await count('deviation');
      const csv = [
        WITH,
        row('K-2', 'Avvikelse SoL/LSS', 'Okänd kategori'),
        row('K-3', 'Avvikelse SoL/LSS', 'Läkemedelshantering'),
        row('K-4', 'Klagomål', 'Utebliven insats'),
        row('K-5', 'Avvikelse SoL/LSS', 'Utebliven insats'),
      ].join('\n');
      const result = (await importFile(csv, 'TRESERVA_KAT')).data.importDeviations;
      expect(result).toMatchObject({ accepted: false, imported: 0 });
      expect(result.errors).toEqual([
        {
          line: 2,
          column: 'Kategori',
          rule: 'NOT_ACTIVE_CATEGORY',
          params: { value: 'Okänd kategori', kind: 'SOL_LSS', allowed: expect.arrayContaining(['TREATMENT']) },
        },
        {
          line: 3,
          column: 'Kategori',
          rule: 'CATEGORY_NOT_FOR_KIND',
          params: expect.objectContaining({ value: 'MEDICATION', kind: 'SOL_LSS', kinds: ['HSL', 'LEX_MARIA'] }),
        },
        {
          line: 4,
          column: 'Kategori',
          rule: 'CATEGORY_NOT_FOR_KIND',
          params: expect.objectContaining({ value: 'PLANNED_INTERVENTION_NOT_PERFORMED', kind: 'COMPLAINT' }),
        },
      ]);
      expect(await count('deviation')).toBe(before);
    });

    it('keeps the category an official set when the file has no category column, and takes the one a file gives', async () => {
      const set = await gql(
        `mutation($i: SetDeviationCategoryInput!) { setDeviationCategory(input: $i) { categoryCode } }`,
        {
          i: {
            deviationId: (
              await service.app.get(DataSource).query(`SELECT id FROM deviation WHERE external_id = 'K-1'`)
            )[0].id,
            categoryCode: 'TREATMENT',
          },
        },
      );
      expect(set.data.setDeviationCategory).toEqual({ categoryCode: 'TREATMENT' });
      const without = [HEADER, row('K-1', 'Avvikelse SoL/LSS', '').replace(/;$/, '')].join('\n');
      expect((await importFile(without, 'TRESERVA_KAT')).data.importDeviations).toMatchObject({
        accepted: true,
        changed: 0,
        unchanged: 1,
      });
      expect(await categoryOf('K-1')).toEqual({ category_code: 'TREATMENT', version: 1 });

      const changed = [WITH, row('K-1', 'Avvikelse SoL/LSS', 'Utebliven insats')].join('\n');
      expect((await importFile(changed, 'TRESERVA_KAT')).data.importDeviations).toMatchObject({ changed: 1 });
      expect(await categoryOf('K-1')).toEqual({ category_code: 'PLANNED_INTERVENTION_NOT_PERFORMED', version: 2 });

      // Made a complaint by a file that says nothing of the category, it would keep one of another kind: refused.
      const complaint = [HEADER, row('K-1', 'Klagomål', '').replace(/;$/, '')].join('\n');
      expect((await importFile(complaint, 'TRESERVA_KAT')).data.importDeviations).toMatchObject({
        accepted: false,
        errors: [
          {
            line: 2,
            column: 'Ärendetyp',
            rule: 'CATEGORY_NOT_FOR_KIND',
            params: expect.objectContaining({ value: 'PLANNED_INTERVENTION_NOT_PERFORMED', kind: 'COMPLAINT' }),
          },
        ],
      });
      expect(await categoryOf('K-1')).toEqual({ category_code: 'PLANNED_INTERVENTION_NOT_PERFORMED', version: 2 });
    });

    it("keeps it too in Kvalitetsnav's own layout without the category column", async () => {
      const withColumn = `unit_id,kind,occurred_on,reported_on,description,external_id,category\n${unitId},SOL_LSS,2022-06-02,2022-06-02,Bemötande,N-1,TREATMENT`;
      expect((await importFile(withColumn, null)).data.importDeviations).toMatchObject({ created: 1 });
      expect(await categoryOf('N-1')).toEqual({ category_code: 'TREATMENT', version: 1 });
      const without = `unit_id,kind,occurred_on,reported_on,description,external_id\n${unitId},SOL_LSS,2022-06-02,2022-06-02,Bemötande,N-1`;
      expect((await importFile(without, null)).data.importDeviations).toMatchObject({ unchanged: 1 });
      expect(await categoryOf('N-1')).toEqual({ category_code: 'TREATMENT', version: 1 });
    });
  });
});
