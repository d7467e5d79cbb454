import { answerCodeRefusal, linkedUnits, newAnswerCode } from './answer-link-rules';

describe('answer links', () => {
  it('have random codes of 24 URL-safe characters, a new one each time', () => {
    const codes = new Set(Array.from({ length: 100 }, newAnswerCode));
    expect(codes.size).toBe(100);
    for (const code of codes) expect(code).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('open only with a code handed out, refusing every other code alike', () => {
    const code = newAnswerCode();
    expect(answerCodeRefusal(code, { roundId: 'r', unitId: 'u' })).toBeNull();
    for (const refusal of [
      answerCodeRefusal(code, null),
      answerCodeRefusal('x'.repeat(500), { roundId: 'r', unitId: 'u' }),
    ])
      expect(refusal).toMatchObject({
        code: 'NOT_FOUND',
        rule: 'UNKNOWN_ANSWER_CODE',
        field: 'code',
        message: 'the answer link is not known',
      });
  });

  it('are for the units taking part, not those that opted out', () => {
    expect(
      linkedUnits([
        { unitId: 'a', optedOut: false },
        { unitId: 'b', optedOut: true },
      ]),
    ).toEqual([{ unitId: 'a', optedOut: false }]);
  });
});
