import { containsPattern, followUpOrder } from './follow-up-list-rules';

describe('a page of follow-ups', () => {
  it('sorts by the chosen column, blanks last, then by planned date, title and id so paging is stable', () => {
    expect(followUpOrder('PROVIDER', true)).toEqual([
      ['p.name', 'DESC', 'NULLS LAST'],
      ['f.planned_on', 'ASC', 'NULLS LAST'],
      ['f.title', 'ASC', 'NULLS LAST'],
      ['f.id', 'ASC', 'NULLS LAST'],
    ]);
  });

  it('does not sort twice by the column chosen', () => {
    expect(followUpOrder('PLANNED_ON', false).map(([column]) => column)).toEqual(['f.planned_on', 'f.title', 'f.id']);
  });

  it('finds the search text anywhere, taking % and _ literally', () => {
    expect(containsPattern(' LSS ')).toBe('%LSS%');
    expect(containsPattern('100%_klart')).toBe('%100\\%\\_klart%');
  });
});
