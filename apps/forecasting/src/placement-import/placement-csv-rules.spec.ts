import { parsePlacementCsv } from './placement-csv-rules';

const where = (csv: string, now = '2022-06') =>
  parsePlacementCsv(csv, now).errors.map((e) => ({ line: e.line, column: e.column, rule: e.rule, params: e.params }));

describe('a CSV file of monthly placements', () => {
  it('reads one month and placement form a row, costs with decimal commas, empty counts as 0', () => {
    const { rows, errors } = parsePlacementCsv(
      [
        'month,form,placed,care_days,cost_sek,ended,ended_duration_days',
        '2022-04,hvb,2,56,"112 000,50",1,90',
        '2022-04,FAMILY_HOME,3,90,45000,,',
      ].join('\n'),
      '2022-06',
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        unitId: null,
        month: '2022-04',
        form: 'HVB',
        placed: 2,
        careDays: 56,
        costSek: 112_000.5,
        ended: 1,
        endedDurationDays: 90,
      },
      {
        line: 3,
        unitId: null,
        month: '2022-04',
        form: 'FAMILY_HOME',
        placed: 3,
        careDays: 90,
        costSek: 45_000,
        ended: 0,
        endedDurationDays: 0,
      },
    ]);
  });

  it('names the line, column and rule of every bad cell and broken rule, and then keeps no row', () => {
    const csv = [
      'month,form,placed,care_days,cost_sek',
      '2022-04,HVB,2,61,1000',
      '2022-4,Hem för vård,x,1,',
      '2022-06,HVB,1,1,1',
      '2022-04,HVB,1,1,1',
    ].join('\n');
    expect(parsePlacementCsv(csv, '2022-06').rows).toEqual([]);
    expect(where(csv)).toEqual([
      { line: 2, column: 'care_days', rule: 'CARE_DAYS_ABOVE_PLACED', params: { careDays: 61, placed: 2, days: 30 } },
      { line: 3, column: 'month', rule: 'NOT_A_MONTH', params: {} },
      { line: 3, column: 'form', rule: 'BAD_FORMAT', params: { format: 'UPPER_SNAKE' } },
      { line: 3, column: 'placed', rule: 'OUT_OF_RANGE', params: { min: 0, max: 10_000_000, whole: true } },
      { line: 3, column: 'cost_sek', rule: 'OUT_OF_RANGE', params: { min: 0, max: 999_999_999_999, whole: false } },
      {
        line: 4,
        column: 'month',
        rule: 'REPORTED_MONTH_NOT_ENDED',
        params: { month: '2022-06', currentMonth: '2022-06' },
      },
      { line: 5, column: 'month', rule: 'MONTHLY_CSV_ROW_REPEATED', params: { line: 2 } },
    ]);
  });

  it("reads a unit's rows by its unit_id, one per unit, month and form, and none where it is no id", () => {
    const unit = '3f1e4c2a-8b9d-4e5f-a6b7-c8d9e0f1a2b3';
    const other = '4a2f5d3b-9cae-4f60-b7c8-d9e0f1a2b3c4';
    const { rows } = parsePlacementCsv(
      [
        'unit_id,month,form,placed,care_days,cost_sek',
        `${unit},2022-04,HVB,1,30,1000`,
        `${other},2022-04,HVB,1,30,1000`,
        `,2022-04,HVB,2,60,2000`,
      ].join('\n'),
      '2022-06',
    );
    expect(rows.map((r) => [r.line, r.unitId])).toEqual([
      [2, unit],
      [3, other],
      [4, null],
    ]);
    expect(
      where(
        [
          'unit_id,month,form,placed,care_days,cost_sek',
          'enhet 1,2022-04,HVB,1,30,1000',
          `${unit},2022-04,HVB,1,30,1000`,
          `${unit},2022-04,hvb,1,1,1`,
        ].join('\n'),
      ),
    ).toEqual([
      { line: 2, column: 'unit_id', rule: 'NOT_AN_ID', params: {} },
      { line: 4, column: 'month', rule: 'MONTHLY_CSV_ROW_REPEATED', params: { line: 3 } },
    ]);
  });

  it('reads units by their code with unit_code, an empty code being the administration, and not both columns', () => {
    const { rows, unitColumn } = parsePlacementCsv(
      ['unit_code,month,form,placed,care_days,cost_sek', 'HVB7,2022-04,HVB,1,30,1000', ',2022-04,HVB,2,40,2000'].join(
        '\n',
      ),
      '2022-06',
    );
    expect(unitColumn).toBe('unit_code');
    expect(rows.map((r) => [r.line, r.unitCode, r.unitId])).toEqual([
      [2, 'HVB7', null],
      [3, undefined, null],
    ]);
    expect(where('unit_id,unit_code,month,form,placed,care_days,cost_sek\n')).toEqual([
      { line: 1, column: '(file)', rule: 'CSV_UNIT_COLUMN', params: { found: 'BOTH' } },
    ]);
    expect(
      parsePlacementCsv('month,form,placed,care_days,cost_sek\n2022-04,HVB,1,30,1', '2022-06').unitColumn,
    ).toBeNull();
  });

  it('refuses a header without the required columns or with an unknown one', () => {
    expect(where('month,form,placed,cost\n').map((e) => [e.column, e.rule])).toEqual([
      ['care_days', 'MONTHLY_CSV_COLUMN_MISSING'],
      ['cost_sek', 'MONTHLY_CSV_COLUMN_MISSING'],
      ['cost', 'MONTHLY_CSV_COLUMN_UNKNOWN'],
    ]);
  });
});
