import { DEVIATION_SORT_FIELDS, sortColumns } from './deviation-list-rules';

describe('the deviations list, a page at a time', () => {
  it('orders by the chosen field, then by the report and the id so no row moves between pages', () => {
    expect(sortColumns('UNIT')).toEqual(['u.name', 'd.reported_at', 'd.id']);
    expect(sortColumns('STATUS')).toEqual(['d.status', 'd.reported_at', 'd.id']);
  });

  it('orders by the report itself without naming it twice', () => {
    expect(sortColumns('REPORTED')).toEqual(['d.reported_at', 'd.id']);
  });

  it('ends every order with the id', () => {
    for (const field of DEVIATION_SORT_FIELDS) expect(sortColumns(field).at(-1)).toBe('d.id');
  });
});
