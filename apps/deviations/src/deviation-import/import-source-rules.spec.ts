import { parseDeviationCsv } from './deviation-csv-rules';
import { headerOf, ImportMapping, mappingViolation, mapRow } from './import-source-rules';

/** A case system's export as it comes: Swedish headers, its own words for kinds, a time on dates. */
const TRESERVA: ImportMapping = {
  columns: [
    { field: 'external_id', header: 'Ärendenr' },
    { field: 'unit_code', header: 'Enhetskod' },
    { field: 'kind', header: 'Typ' },
    { field: 'occurred_on', header: 'Händelsedatum' },
    { field: 'reported_on', header: 'Registrerad' },
    { field: 'description', header: 'Beskrivning' },
  ],
  values: [
    { field: 'kind', from: 'Avvikelse SoL', to: 'SOL_LSS' },
    { field: 'kind', from: 'Klagomål', to: 'COMPLAINT' },
  ],
};

/** The codes of the categories in use. */
const CATEGORY_CODES = ['PLANNED_INTERVENTION_NOT_PERFORMED', 'TREATMENT'];

describe('a saved mapping of an export', () => {
  it('can be used when every field an import needs has a column', () => {
    expect(mappingViolation(TRESERVA, CATEGORY_CODES)).toBeNull();
  });

  it('names the field that has no column', () => {
    const columns = TRESERVA.columns.filter((c) => c.field !== 'reported_on');
    expect(mappingViolation({ ...TRESERVA, columns }, CATEGORY_CODES)).toMatchObject({
      rule: 'IMPORT_FIELD_NOT_MAPPED',
      field: 'columns',
      params: { field: 'reported_on' },
    });
  });

  it('names a header given for two fields, in any case', () => {
    const columns = [...TRESERVA.columns, { field: 'status', header: 'typ' }];
    expect(mappingViolation({ ...TRESERVA, columns }, CATEGORY_CODES)).toMatchObject({
      rule: 'LISTED_TWICE',
      params: { value: 'typ' },
    });
  });

  it('translates values only of coded fields, and only into their codes', () => {
    const onDate = [{ field: 'occurred_on', from: 'igår', to: 'YESTERDAY' }];
    expect(mappingViolation({ ...TRESERVA, values: onDate }, CATEGORY_CODES)).toMatchObject({
      rule: 'NOT_ONE_OF',
      field: 'values',
    });
    const unknownKind = [{ field: 'kind', from: 'Avvikelse', to: 'OTHER' }];
    expect(mappingViolation({ ...TRESERVA, values: unknownKind }, CATEGORY_CODES)).toMatchObject({
      rule: 'NOT_ONE_OF',
      params: { allowed: expect.arrayContaining(['SOL_LSS', 'COMPLAINT']) },
    });
  });

  it("translates the export's words for categories into the codes of categories in use", () => {
    const columns = [...TRESERVA.columns, { field: 'category', header: 'Kategori' }];
    const values = [{ field: 'category', from: 'Utebliven insats', to: 'PLANNED_INTERVENTION_NOT_PERFORMED' }];
    expect(mappingViolation({ columns, values }, CATEGORY_CODES)).toBeNull();
    const unknown = [{ field: 'category', from: 'Utebliven insats', to: 'MISSED' }];
    expect(mappingViolation({ columns, values: unknown }, CATEGORY_CODES)).toMatchObject({
      rule: 'NOT_ONE_OF',
      field: 'values',
      params: { allowed: CATEGORY_CODES },
    });
  });

  it('refuses the same export value meaning two things', () => {
    const values = [...TRESERVA.values, { field: 'kind', from: 'klagomål', to: 'SOL_LSS' }];
    expect(mappingViolation({ ...TRESERVA, values }, CATEGORY_CODES)).toMatchObject({
      rule: 'LISTED_TWICE',
      params: { value: 'klagomål' },
    });
  });
});

describe('an export row read through its mapping', () => {
  const header = ['ärendenr', 'enhetskod', 'typ', 'händelsedatum', 'registrerad', 'beskrivning', 'handläggare'];

  it("takes each field from its header, translates coded values in any case and cuts a date's time", () => {
    const row = ['A-17', 'HT01', 'avvikelse sol', '2022-03-01 14:30', '2022-03-02', 'Planerad insats', 'Eva'];
    expect(mapRow(header, row, TRESERVA)).toEqual({
      external_id: 'A-17',
      unit_code: 'HT01',
      kind: 'SOL_LSS',
      occurred_on: '2022-03-01',
      reported_on: '2022-03-02',
      description: 'Planerad insats',
    });
  });

  it("translates the export's own category words, and leaves out a mapped column the file lacks", () => {
    const mapping: ImportMapping = {
      columns: [...TRESERVA.columns, { field: 'category', header: 'Kategori' }],
      values: [{ field: 'category', from: 'Utebliven insats', to: 'PLANNED_INTERVENTION_NOT_PERFORMED' }],
    };
    const row = ['A-17', 'HT01', 'Avvikelse SoL', '2022-03-01', '2022-03-02', 'Planerad insats', 'Eva'];
    expect(mapRow([...header, 'kategori'], [...row, 'UTEBLIVEN INSATS'], mapping)).toMatchObject({
      category: 'PLANNED_INTERVENTION_NOT_PERFORMED',
    });
    expect(mapRow(header, row, mapping)).not.toHaveProperty('category');
  });

  it("is named in errors by the export's own header", () => {
    expect(headerOf(TRESERVA, 'occurred_on')).toBe('Händelsedatum');
  });
});

describe('a mapped export file', () => {
  const file = (...rows: string[]) =>
    ['Ärendenr;Enhetskod;Typ;Händelsedatum;Registrerad;Beskrivning;Handläggare', ...rows].join('\n');

  it('is read with `;` and its other columns read past', () => {
    const { rows, errors } = parseDeviationCsv(
      file('A-1;HT01;Klagomål;2022-05-01;2022-05-02;Synpunkt på bemötande;Eva'),
      '2026-01-01',
      TRESERVA,
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({ line: 2, external_id: 'A-1', unit_code: 'HT01', kind: 'COMPLAINT' }),
    ]);
  });

  it('names each error by line and by the column as the export calls it', () => {
    const { errors } = parseDeviationCsv(
      file('A-1;HT01;Okänd typ;2022-05-01;2022-05-02;Text;Eva', 'A-2;HT01;Klagomål;1 maj;2022-05-02;Text;Eva'),
      '2026-01-01',
      TRESERVA,
    );
    expect(errors.map((e) => [e.line, e.column, e.rule])).toEqual([
      [2, 'Typ', 'NOT_ONE_OF'],
      [3, 'Händelsedatum', 'NOT_A_DATE'],
    ]);
  });

  it('needs the mapped columns of the fields every import needs', () => {
    const { errors } = parseDeviationCsv('Ärendenr;Typ\nA-1;Klagomål', '2026-01-01', TRESERVA);
    expect(errors.map((e) => e.rule)).toContain('CSV_COLUMN_MISSING');
  });
});
