import { boardNameViolation, defaultContractBoard, departmentNameViolation, unitPlacement } from './board-rules';

const boards = [
  { id: 'b-son', name: 'Social- och omsorgsnämnden' },
  { id: 'b-aldre', name: 'Äldrenämnden' },
];

describe('a board name', () => {
  it('is free when no other board has it', () => {
    expect(boardNameViolation('Kommunstyrelsen', boards)).toBeNull();
  });

  it('is taken by another board whatever its case and spacing', () => {
    expect(boardNameViolation('  äldrenämnden ', boards)).toMatchObject({
      rule: 'ALREADY_EXISTS',
      field: 'name',
      params: { entity: 'BOARD', value: 'äldrenämnden' },
    });
  });

  it('is the board’s own when it is renamed to the same name', () => {
    expect(boardNameViolation('Äldrenämnden', boards, 'b-aldre')).toBeNull();
  });
});

describe('a department name', () => {
  const departments = [{ boardId: 'b-son', name: 'Individ- och familjeomsorg' }];

  it('is unique within its board', () => {
    expect(departmentNameViolation('individ- och familjeomsorg', 'b-son', departments)).toMatchObject({
      rule: 'ALREADY_EXISTS',
      params: { entity: 'DEPARTMENT' },
    });
  });

  it('may repeat under another board', () => {
    expect(departmentNameViolation('Individ- och familjeomsorg', 'b-aldre', departments)).toBeNull();
  });
});

describe('where a unit sits', () => {
  const department = { id: 'd-hemtjanst', name: 'Hemtjänst', boardId: 'b-aldre' };

  it('is a board alone, or none', () => {
    expect(unitPlacement('b-son', null)).toEqual({ boardId: 'b-son', departmentId: null });
    expect(unitPlacement(null, null)).toEqual({ boardId: null, departmentId: null });
  });

  it("takes the department's board when only the department is given", () => {
    expect(unitPlacement(null, department)).toEqual({ boardId: 'b-aldre', departmentId: 'd-hemtjanst' });
  });

  it("refuses a department of another board than the unit's", () => {
    expect(unitPlacement('b-son', department)).toEqual({
      violation: expect.objectContaining({ rule: 'DEPARTMENT_OF_OTHER_BOARD', field: 'departmentId' }),
    });
  });
});

describe("a contract's board when none is given", () => {
  it("is its units' board when they share one", () => {
    expect(defaultContractBoard([{ boardId: 'b-son' }, { boardId: 'b-son' }])).toBe('b-son');
  });

  it('is none when its units are under different boards, under none, or it has no units', () => {
    expect(defaultContractBoard([{ boardId: 'b-son' }, { boardId: 'b-aldre' }])).toBeNull();
    expect(defaultContractBoard([{ boardId: 'b-son' }, { boardId: null }])).toBeNull();
    expect(defaultContractBoard([])).toBeNull();
  });
});
