import { isAnonymousOperation, rootFieldsOf } from './anonymous-operations';

const ok = (query: string, operationName?: string) => isAnonymousOperation({ query, operationName });

describe('what a caller without credentials may run', () => {
  it('is the answer link: its survey and one answer sheet', () => {
    expect(ok('query S($c: String!) { surveyByAnswerCode(code: $c) { surveyName } }')).toBe(true);
    expect(ok('mutation A($i: SubmitSurveyAnswerByCodeInput!) { submitSurveyAnswerByCode(input: $i) }')).toBe(true);
    expect(ok('{ __typename surveyByAnswerCode(code: "x") { unitName } }')).toBe(true);
  });

  it('is nothing else, alongside, aliased, inside fragments, or on its own', () => {
    expect(ok('{ providers { id } }')).toBe(false);
    expect(ok('{ __typename }')).toBe(false);
    expect(ok('{ __schema { types { name } } }')).toBe(false);
    expect(ok('{ surveyByAnswerCode(code: "x") { unitName } providers { id } }')).toBe(false);
    expect(ok('{ surveyByAnswerCode: providers { id } }')).toBe(false);
    expect(ok('{ ...F } fragment F on Query { units { id } }')).toBe(false);
    expect(ok('{ ... on Query { surveyRounds { id } } surveyByAnswerCode(code: "x") { unitName } }')).toBe(false);
    expect(ok('{ ...F } fragment F on Query { ...F }')).toBe(false);
    expect(ok('subscription { surveyByAnswerCode(code: "x") { unitName } }')).toBe(false);
  });

  it('reads the named operation of several, and refuses when it cannot tell which', () => {
    const two = 'query A { surveyByAnswerCode(code: "x") { unitName } } query B { providers { id } }';
    expect(ok(two, 'A')).toBe(true);
    expect(ok(two, 'B')).toBe(false);
    expect(ok(two)).toBe(false);
  });

  it('refuses what does not parse, is not text, or is too big to be an answer link', () => {
    expect(rootFieldsOf('{ surveyByAnswerCode(', undefined)).toBeNull();
    expect(rootFieldsOf(undefined, undefined)).toBeNull();
    const big = `{ surveyByAnswerCode(code: "x") { ${'unitName '.repeat(500)} } }`;
    expect(ok(big)).toBe(false);
  });
});
