import { IdArgumentsPipe } from './id-arguments.pipe';

describe('id arguments', () => {
  const pipe = new IdArgumentsPipe();
  const uuid = '4f1c2d3e-0000-4000-8000-000000000001';
  const meta = (data: string) => ({ type: 'custom' as const, data, metatype: String });

  it('lets UUIDs and other arguments through', () => {
    expect(pipe.transform(uuid, meta('id'))).toBe(uuid);
    expect(pipe.transform([uuid], meta('contractIds'))).toEqual([uuid]);
    expect(pipe.transform('x', meta('reason'))).toBe('x');
    expect(pipe.transform(undefined, meta('unitId'))).toBeUndefined();
  });

  it("lets a question's id within a survey definition through: it is not a record's id", () => {
    expect(pipe.transform('Q1', meta('rowQuestionId'))).toBe('Q1');
  });

  it('refuses a malformed id, naming the argument', () => {
    expect(() => pipe.transform("1' OR 1=1", meta('roundId'))).toThrow('roundId must be a UUID');
    expect(() => pipe.transform([uuid, 'x'], meta('contractIds'))).toThrow('contractIds must hold UUIDs');
  });
});
