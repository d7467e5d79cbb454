import { parseCaseFlowCsv, unitCodeSystemViolation, unknownUnitError } from './case-flow-csv-rules';

const UNIT = '4f1c2d3e-0000-4000-8000-000000000001';
const OTHER = '4f1c2d3e-0000-4000-8000-000000000002';
const REASONS = ['GOALS_MET', 'MOVED', 'OTHER'];
const parse = (csv: string, now = '2022-06') => parseCaseFlowCsv(csv, now, REASONS);
const where = (csv: string, now?: string) =>
  parse(csv, now).errors.map((e) => ({ line: e.line, column: e.column, rule: e.rule, params: e.params }));

describe('a CSV file of monthly case flows', () => {
  it('reads one report a row, closed cases per reason from the reason columns, empty cells as 0', () => {
    const { rows, errors } = parse(
      [
        'unit_id,service,month,source,incoming,outgoing,goals_met,moved',
        `${UNIT},family_support,2022-04,,7,5,3,2`,
        `${UNIT},FAMILY_SUPPORT,2022-05,administration,4,1,,1`,
        `${OTHER};HOUSING_SUPPORT;2022-05;provider;0;0;;`.replace(/;/g, ','),
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        unitId: UNIT,
        service: 'FAMILY_SUPPORT',
        month: '2022-04',
        source: 'PROVIDER',
        incoming: 7,
        outgoing: 5,
        closedByReason: [
          { reason: 'GOALS_MET', count: 3 },
          { reason: 'MOVED', count: 2 },
        ],
      },
      expect.objectContaining({ line: 3, source: 'ADMINISTRATION', closedByReason: [{ reason: 'MOVED', count: 1 }] }),
      expect.objectContaining({ line: 4, unitId: OTHER, closedByReason: [] }),
    ]);
  });

  it('names the line, column and rule of every bad cell, and then keeps no row at all', () => {
    const csv = [
      'unit_id,service,month,incoming,outgoing,goals_met',
      `${UNIT},FAMILY_SUPPORT,2022-04,7,5,5`,
      `not-an-id,Familjestöd,2022-13,-1,2,2`,
      `${UNIT},FAMILY_SUPPORT,2022-05,3,4,3`,
      `${UNIT},FAMILY_SUPPORT,2022-06,3,0,`,
    ].join('\n');
    expect(parse(csv).rows).toEqual([]);
    expect(where(csv)).toEqual([
      { line: 3, column: 'unit_id', rule: 'NOT_AN_ID', params: {} },
      { line: 3, column: 'service', rule: 'BAD_FORMAT', params: { format: 'UPPER_SNAKE' } },
      { line: 3, column: 'month', rule: 'NOT_A_MONTH', params: {} },
      { line: 3, column: 'incoming', rule: 'OUT_OF_RANGE', params: { min: 0, max: 1_000_000, whole: true } },
      { line: 4, column: 'outgoing', rule: 'REASONS_DO_NOT_ADD_UP', params: { explained: 3, outgoing: 4 } },
      {
        line: 5,
        column: 'month',
        rule: 'REPORTED_MONTH_NOT_ENDED',
        params: { month: '2022-06', currentMonth: '2022-06' },
      },
    ]);
  });

  it('refuses a unit, service, month and source twice in one file, saying where it came first', () => {
    const csv = ['unit_id,service,month,incoming,outgoing', `${UNIT},X,2022-01,1,0`, `${UNIT},X,2022-01,2,0`].join(
      '\n',
    );
    expect(where(csv)).toEqual([{ line: 3, column: 'month', rule: 'MONTHLY_CSV_ROW_REPEATED', params: { line: 2 } }]);
  });

  it('takes a source only as provider or administration', () => {
    expect(
      where(['unit_id,service,month,source,incoming,outgoing', `${UNIT},X,2022-01,kommunen,1,0`].join('\n')),
    ).toEqual([{ line: 2, column: 'source', rule: 'NOT_ONE_OF', params: { allowed: ['provider', 'administration'] } }]);
  });

  it('refuses a header without the required columns, or with one that is neither a column nor an active reason', () => {
    expect(where('unit_id,month,incoming,lottery,goals_met,goals_met\n')).toEqual([
      { line: 1, column: 'service', rule: 'MONTHLY_CSV_COLUMN_MISSING', params: { column: 'service' } },
      { line: 1, column: 'outgoing', rule: 'MONTHLY_CSV_COLUMN_MISSING', params: { column: 'outgoing' } },
      {
        line: 1,
        column: 'lottery',
        rule: 'MONTHLY_CSV_COLUMN_UNKNOWN',
        params: {
          column: 'lottery',
          known: [
            'unit_id',
            'unit_code',
            'service',
            'month',
            'source',
            'incoming',
            'outgoing',
            'goals_met',
            'moved',
            'other',
          ],
        },
      },
      { line: 1, column: 'goals_met', rule: 'LISTED_TWICE', params: { value: 'goals_met' } },
    ]);
  });

  it("names the units by their code in the case system's export, instead of by id", () => {
    const csv = [
      'unit_code,service,month,incoming,outgoing,goals_met',
      'HT01,FAMILY_SUPPORT,2022-04,7,3,3',
      'HT02,FAMILY_SUPPORT,2022-04,1,0,',
      'HT01,FAMILY_SUPPORT,2022-04,2,0,',
      ',FAMILY_SUPPORT,2022-05,2,0,',
    ].join('\n');
    expect(where(csv)).toEqual([
      { line: 4, column: 'month', rule: 'MONTHLY_CSV_ROW_REPEATED', params: { line: 2 } },
      { line: 5, column: 'unit_code', rule: 'REQUIRED', params: {} },
    ]);
    const { rows, unitColumn } = parse(csv.split('\n').slice(0, 3).join('\n'));
    expect(unitColumn).toBe('unit_code');
    expect(rows.map((r) => [r.line, r.unitCode, r.incoming])).toEqual([
      [2, 'HT01', 7],
      [3, 'HT02', 1],
    ]);
  });

  it('refuses a header with both unit_id and unit_code, or with neither', () => {
    expect(where('unit_id,unit_code,service,month,incoming,outgoing\n')).toEqual([
      { line: 1, column: '(file)', rule: 'CSV_UNIT_COLUMN', params: { found: 'BOTH' } },
    ]);
    expect(where('service,month,incoming,outgoing\n')).toEqual([
      { line: 1, column: '(file)', rule: 'CSV_UNIT_COLUMN', params: { found: 'NEITHER' } },
    ]);
  });

  it('takes a code system with unit_code only, as an UPPER_SNAKE code', () => {
    const refusal = (column: 'unit_id' | 'unit_code' | null, system: string | null) => {
      const v = unitCodeSystemViolation(column, system);
      return v && [v.field, v.rule];
    };
    expect(refusal('unit_code', 'TRESERVA')).toBeNull();
    expect(refusal('unit_id', null)).toBeNull();
    expect(refusal('unit_code', null)).toEqual(['unitCodeSystem', 'REQUIRED']);
    expect(refusal('unit_code', 'Treserva 2')).toEqual(['unitCodeSystem', 'BAD_FORMAT']);
    expect(refusal('unit_id', 'TRESERVA')).toEqual(['unitCodeSystem', 'UNIT_CODE_SYSTEM_UNUSED']);
    expect(refusal(null, 'TRESERVA')).toEqual(['unitCodeSystem', 'UNIT_CODE_SYSTEM_UNUSED']);
  });

  it('refuses an empty file and one that is not CSV', () => {
    expect(where('')).toEqual([{ line: 1, column: '(file)', rule: 'MONTHLY_CSV_EMPTY', params: {} }]);
    expect(parse('unit_id,service\n"a""b,c').errors.map((e) => [e.column, e.rule])).toEqual([
      ['(file)', 'MONTHLY_CSV_UNREADABLE'],
    ]);
  });

  it('names a unit no one may import to at its own column: an unknown id, or a code unknown in its system', () => {
    expect(unknownUnitError(3, undefined, UNIT, null)).toMatchObject({
      line: 3,
      column: 'unit_id',
      rule: 'UNKNOWN',
      params: { entity: 'UNIT', ids: [UNIT] },
    });
    expect(unknownUnitError(4, 'HT-01', undefined, 'TRESERVA')).toMatchObject({
      line: 4,
      column: 'unit_code',
      rule: 'UNIT_CODE_UNKNOWN',
      params: { system: 'TRESERVA', code: 'HT-01' },
    });
  });
});
