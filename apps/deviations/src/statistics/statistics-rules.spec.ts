import { SEEDED_SERVICE_AREA_LIST as SEEDED, ServiceAreaList } from '@kvalitetsnav/unit-catalogue';
import {
  aYearEarlier,
  DeviationRow,
  deviationFigures,
  figuresChange,
  groupedFigures,
  periodsBetween,
  previousYearPeriod,
  trend,
} from './statistics-rules';

const row = (overrides: Partial<DeviationRow> = {}): DeviationRow => ({
  kind: 'SOL_LSS',
  status: 'REPORTED',
  reportedOn: '2022-03-01',
  actionsRegisteredOn: null,
  finalAssessedOn: null,
  seriousness: null,
  ivoReportedOn: null,
  ...overrides,
});

describe('deviation figures', () => {
  it('counts kinds, lex Sarah reported to IVO and complaints', () => {
    const figures = deviationFigures(
      [
        row(),
        row({ kind: 'HSL' }),
        row({ kind: 'LEX_SARAH', seriousness: 'SERIOUS', ivoReportedOn: '2022-04-01' }),
        row({ kind: 'LEX_SARAH', seriousness: 'NOT_SERIOUS' }),
        row({ kind: 'COMPLAINT', status: 'CLOSED' }),
      ],
      '2022-12-31',
    );
    expect(figures).toMatchObject({
      total: 5,
      open: 4,
      deviations: 2,
      lexSarah: 2,
      lexSarahSerious: 1,
      lexSarahReportedToIvo: 1,
      lexMaria: 0,
      complaints: 1,
    });
    expect(figures.byKind).toEqual([
      { kind: 'SOL_LSS', count: 1 },
      { kind: 'HSL', count: 1 },
      { kind: 'LEX_SARAH', count: 2 },
      { kind: 'COMPLAINT', count: 1 },
    ]);
  });

  it('computes the share closed within two months over deviations whose outcome is known, saying what it left out', () => {
    const rows = [
      row({ finalAssessedOn: '2022-05-01', actionsRegisteredOn: '2022-04-01' }), // in time
      row({ finalAssessedOn: '2022-05-02', actionsRegisteredOn: '2022-04-01' }), // a day late
      row(), // past the deadline, not assessed
      row({ reportedOn: '2022-12-01' }), // still within its two months
      row({ kind: 'COMPLAINT' }), // not governed by the rule
    ];
    const figures = deviationFigures(rows, '2022-12-31');
    expect(figures.closedWithinTwoMonths).toEqual({
      numerator: 1,
      denominator: 3,
      share: 1 / 3,
      excluded: 1,
      excludedCode: 'STILL_WITHIN_TWO_MONTHS',
      excludedReason: 'still within their two months',
    });
    expect(figures.actionsRegistered).toEqual({
      numerator: 2,
      denominator: 4,
      share: 0.5,
      excluded: 0,
      excludedCode: null,
      excludedReason: null,
    });
    expect(figures.overdue).toBe(1);
  });

  it('has no share, rather than zero, when there is nothing to divide', () => {
    expect(deviationFigures([], '2022-12-31').closedWithinTwoMonths).toEqual({
      numerator: 0,
      denominator: 0,
      share: null,
      excluded: 0,
      excludedCode: null,
      excludedReason: null,
    });
  });
});

describe('trends', () => {
  it('lists every period, empty ones as zero', () => {
    expect(periodsBetween('2022-01-15', '2022-12-31', 'QUARTER')).toEqual(['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4']);
    expect(periodsBetween('2021-11-01', '2022-02-10', 'MONTH')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
    expect(periodsBetween('2020-06-01', '2022-01-01', 'YEAR')).toEqual(['2020', '2021', '2022']);
  });

  it('counts per period by the day reported', () => {
    const rows = [
      row({ reportedOn: '2022-01-31' }),
      row({ reportedOn: '2022-04-01', kind: 'LEX_SARAH' }),
      row({ reportedOn: '2022-04-30', kind: 'COMPLAINT' }),
    ];
    expect(trend(rows, '2022-01-01', '2022-06-30', 'QUARTER')).toEqual([
      { period: '2022-Q1', total: 1, deviations: 1, lexSarah: 0, lexMaria: 0, complaints: 0 },
      { period: '2022-Q2', total: 2, deviations: 0, lexSarah: 1, lexMaria: 0, complaints: 1 },
    ]);
  });
});

describe('groups', () => {
  const placed = (serviceArea: string, providerId = 'p1') => ({
    ...row(),
    unitId: `unit-${serviceArea}`,
    providerId,
    serviceArea,
  });

  it('lists every sector in order, also one without deviations', () => {
    const groups = groupedFigures(
      [placed('HOME_CARE'), placed('LSS_GROUP_HOME'), placed('LSS_SERVICE_HOME')],
      'SECTOR',
      '2022-12-31',
      SEEDED,
    );
    expect(groups.map((g) => [g.key, g.figures.total])).toEqual([
      ['INDIVIDUAL_AND_FAMILY_CARE', 0],
      ['AUTHORITY', 0],
      ['DISABILITY', 2],
      ['NURSING_HOME', 0],
      ['HOME_CARE', 1],
    ]);
  });

  it('lists only the service areas, providers and units that have deviations', () => {
    const rows = [placed('HOME_CARE', 'p1'), placed('HOME_CARE', 'p2'), placed('LSS_GROUP_HOME', 'p2')];
    expect(groupedFigures(rows, 'SERVICE_AREA', '2022-12-31', SEEDED).map((g) => [g.key, g.figures.total])).toEqual([
      ['HOME_CARE', 2],
      ['LSS_GROUP_HOME', 1],
    ]);
    expect(groupedFigures(rows, 'PROVIDER', '2022-12-31', SEEDED).map((g) => [g.key, g.figures.total])).toEqual([
      ['p1', 1],
      ['p2', 2],
    ]);
  });

  it('counts an area added to the list under the sector the list gives it', () => {
    const withShortTermStay = new ServiceAreaList([
      ...SEEDED.areas,
      {
        code: 'SHORT_TERM_STAY',
        name: 'Korttidsvistelse',
        sectorCode: 'DISABILITY',
        sectorName: 'Funktionshinderomsorg',
        position: 15,
        sectorPosition: 2,
      },
    ]);
    const groups = groupedFigures(
      [placed('SHORT_TERM_STAY'), placed('LSS_GROUP_HOME')],
      'SECTOR',
      '2022-12-31',
      withShortTermStay,
    );
    expect(groups.find((g) => g.key === 'DISABILITY')?.figures.total).toBe(2);
  });

  it('counts a deviation of an area the list does not have yet in no sector', () => {
    const groups = groupedFigures([placed('DAY_CARE'), placed('HOME_CARE')], 'SECTOR', '2022-12-31', SEEDED);
    expect(groups.reduce((sum, g) => sum + g.figures.total, 0)).toBe(1);
  });
});

describe('year on year', () => {
  it('compares with the same period one year earlier, 29 February as 28 February', () => {
    expect(previousYearPeriod('2022-01-01', '2022-12-31', '2023-05-01')).toEqual({
      from: '2021-01-01',
      to: '2021-12-31',
    });
    expect(aYearEarlier('2024-02-29')).toBe('2023-02-28');
  });

  it('ends an open period today, leaves an open start open, and has nothing to compare without a period', () => {
    expect(previousYearPeriod('2022-03-01', null, '2022-06-15')).toEqual({ from: '2021-03-01', to: '2021-06-15' });
    expect(previousYearPeriod(null, '2022-06-30', '2022-12-01')).toEqual({ from: null, to: '2021-06-30' });
    expect(previousYearPeriod(null, null, '2022-12-01')).toBeNull();
  });

  it('says how many more (or fewer) there are than a year earlier', () => {
    const now = deviationFigures([row(), row(), row({ kind: 'LEX_SARAH' }), row({ kind: 'COMPLAINT' })], '2022-12-31');
    const before = deviationFigures([row(), row({ kind: 'COMPLAINT' }), row({ kind: 'COMPLAINT' })], '2022-12-31');
    expect(figuresChange(now, before)).toEqual({ total: 1, deviations: 1, lexSarah: 1, lexMaria: 0, complaints: -1 });
  });
});
