import { breakdown, BreakdownRow, keysOf } from './breakdown-rules';

const row = (overrides: Partial<BreakdownRow> = {}): BreakdownRow => ({
  kind: 'SOL_LSS',
  categoryCode: null,
  rootCauseCodes: [],
  complaintCategory: null,
  complainant: null,
  ...overrides,
});

const CATEGORIES = [
  { key: 'PLANNED_INTERVENTION_NOT_PERFORMED', label: 'Planerad insats har inte utförts', always: true },
  { key: 'THEFT', label: 'Stöld', always: true },
  { key: 'RETIRED', label: 'Gammal kategori', always: false },
];

describe('what the deviations are about, counted', () => {
  it('counts each category as a share of the deviations and lex Sarah/Maria reports, not of complaints', () => {
    const figures = breakdown(
      'CATEGORY',
      [
        row({ categoryCode: 'PLANNED_INTERVENTION_NOT_PERFORMED' }),
        row({ kind: 'HSL', categoryCode: 'PLANNED_INTERVENTION_NOT_PERFORMED' }),
        row({ kind: 'LEX_SARAH', categoryCode: 'THEFT' }),
        row(),
        row({ kind: 'COMPLAINT', complaintCategory: 'TREATMENT' }),
      ],
      null,
      CATEGORIES,
    );
    expect(figures.kinds).toEqual(['SOL_LSS', 'HSL', 'LEX_SARAH', 'LEX_MARIA']);
    expect(figures.denominator).toBe(4);
    expect(figures.entries.map((e) => [e.key, e.count.numerator, e.count.denominator])).toEqual([
      ['PLANNED_INTERVENTION_NOT_PERFORMED', 2, 4],
      ['THEFT', 1, 4],
      [null, 1, 4],
    ]);
    expect(figures.entries[0].count.share).toBe(0.5);
  });

  it('puts the same period a year earlier beside each count, with the change', () => {
    const figures = breakdown(
      'CATEGORY',
      [row({ categoryCode: 'THEFT' }), row({ categoryCode: 'THEFT' }), row({ categoryCode: 'THEFT' })],
      [row({ categoryCode: 'THEFT' }), row({ categoryCode: 'RETIRED' })],
      CATEGORIES,
    );
    expect(figures.previousYearDenominator).toBe(2);
    expect(figures.entries.map((e) => [e.key, e.count.numerator, e.previousYear?.numerator, e.change])).toEqual([
      ['THEFT', 3, 1, 2],
      ['PLANNED_INTERVENTION_NOT_PERFORMED', 0, 0, 0],
      ['RETIRED', 0, 1, -1],
      [null, 0, 0, 0],
    ]);
    expect(figures.entries[0].previousYear).toMatchObject({ denominator: 2, share: 0.5 });
  });

  it('has nothing a year earlier when there is no period to compare with', () => {
    const [first] = breakdown('CATEGORY', [row({ categoryCode: 'THEFT' })], null, CATEGORIES).entries;
    expect(first).toMatchObject({ key: 'THEFT', previousYear: null, change: null });
  });

  it('counts a deviation under each of its root causes, so the shares may add up to more than one', () => {
    const rows = [
      row({ rootCauseCodes: ['STAFFING', 'COMPETENCE'] }),
      row({ kind: 'COMPLAINT', rootCauseCodes: ['STAFFING'] }),
      row(),
    ];
    expect(keysOf(row({ rootCauseCodes: ['STAFFING', 'STAFFING'] }), 'ROOT_CAUSE')).toEqual(['STAFFING']);
    const figures = breakdown('ROOT_CAUSE', rows, null, [
      { key: 'STAFFING', label: 'Personalbemanning', always: true },
      { key: 'COMPETENCE', label: 'Brister i kompetens eller introduktion', always: true },
    ]);
    expect(figures.entries.map((e) => [e.key, e.count.numerator, e.count.denominator])).toEqual([
      ['STAFFING', 2, 3],
      ['COMPETENCE', 1, 3],
      [null, 1, 3],
    ]);
  });

  it('counts complaints by category and by who complained, among the complaints only', () => {
    const rows = [
      row({ kind: 'COMPLAINT', complaintCategory: 'TREATMENT', complainant: 'RELATIVE' }),
      row({ kind: 'COMPLAINT', complaintCategory: 'TREATMENT', complainant: 'USER' }),
      row({ categoryCode: 'THEFT' }),
    ];
    const listed = (keys: string[]) => keys.map((key) => ({ key, label: null, always: true }));
    const byCategory = breakdown('COMPLAINT_CATEGORY', rows, null, listed(['TREATMENT', 'HANDLING']));
    expect(byCategory.entries.map((e) => [e.key, e.count.numerator, e.count.denominator])).toEqual([
      ['TREATMENT', 2, 2],
      ['HANDLING', 0, 2],
      [null, 0, 2],
    ]);
    const byComplainant = breakdown('COMPLAINANT', rows, null, listed(['USER', 'RELATIVE']));
    expect(byComplainant.entries.map((e) => [e.key, e.count.numerator])).toEqual([
      ['USER', 1],
      ['RELATIVE', 1],
      [null, 0],
    ]);
  });
});
