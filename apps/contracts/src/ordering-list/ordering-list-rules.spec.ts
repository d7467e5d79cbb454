import { addViolations, moveViolations, placedAt } from './ordering-list-rules';

const codes = (violations: { rule: string }[]) => violations.map((v) => v.rule);

describe("the ordering function's list", () => {
  it('puts a contract at the place asked for, the others keeping their order', () => {
    expect(placedAt(['a', 'b', 'c'], 'd', 1)).toEqual(['d', 'a', 'b', 'c']);
    expect(placedAt(['a', 'b', 'c'], 'd', 4)).toEqual(['a', 'b', 'c', 'd']);
    expect(placedAt(['a', 'b', 'c'], 'd', 2)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('moves a contract already on it without doubling it', () => {
    expect(placedAt(['a', 'b', 'c'], 'c', 1)).toEqual(['c', 'a', 'b']);
    expect(placedAt(['a', 'b', 'c'], 'a', 3)).toEqual(['b', 'c', 'a']);
  });

  it('holds a contract once, naming where it already stands', () => {
    expect(addViolations(['a', 'b'], 'b', 'ACTIVE', 3)).toMatchObject([
      { rule: 'ALREADY_ON_ORDERING_LIST', field: 'contractId', params: { position: 2 } },
    ]);
  });

  it('takes contracts in force, planned or active, not expired or terminated ones', () => {
    expect(addViolations([], 'a', 'PLANNED', 1)).toEqual([]);
    expect(addViolations([], 'a', 'ACTIVE', 1)).toEqual([]);
    expect(codes(addViolations([], 'a', 'EXPIRED', 1))).toEqual(['CONTRACT_NOT_IN_FORCE']);
    expect(addViolations([], 'a', 'TERMINATED', 1)[0].params).toEqual({ status: 'TERMINATED' });
  });

  it('adds at a place from 1 to one past the end', () => {
    expect(addViolations(['a'], 'b', 'ACTIVE', 2)).toEqual([]);
    expect(addViolations(['a'], 'b', 'ACTIVE', 3)[0]).toMatchObject({
      rule: 'ORDERING_POSITION_OUT_OF_RANGE',
      field: 'position',
      params: { value: 3, max: 2 },
    });
    expect(codes(addViolations(['a'], 'b', 'ACTIVE', 0))).toEqual(['ORDERING_POSITION_OUT_OF_RANGE']);
  });

  it('moves and removes only what is on the list, a move staying within it', () => {
    expect(codes(moveViolations(['a'], 'b'))).toEqual(['NOT_ON_ORDERING_LIST']);
    expect(moveViolations(['a', 'b'], 'b', 1)).toEqual([]);
    expect(moveViolations(['a', 'b'], 'b', 3)[0].params).toEqual({ value: 3, max: 2 });
    expect(moveViolations(['a', 'b'], 'a')).toEqual([]);
  });
});
