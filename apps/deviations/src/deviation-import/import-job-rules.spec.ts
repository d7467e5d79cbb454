import { isUnfinished, keepErrors, KEPT_ERRORS } from './import-job-rules';

const error = (line: number) => ({ line, column: 'kind', message: 'x', rule: 'NOT_ONE_OF', params: {} });

describe('a file read as a stream', () => {
  it('counts every error and keeps the first ones to show', () => {
    const many = Array.from({ length: KEPT_ERRORS + 50 }, (_, i) => error(i + 2));
    const { kept, count } = keepErrors([error(1)], 1, many);
    expect(count).toBe(KEPT_ERRORS + 51);
    expect(kept).toHaveLength(KEPT_ERRORS);
    expect(kept[0].line).toBe(1);
  });

  it('is unfinished while receiving or writing, so a restart marks it failed', () => {
    expect(isUnfinished('RECEIVING')).toBe(true);
    expect(isUnfinished('WRITING')).toBe(true);
    expect(isUnfinished('DONE')).toBe(false);
    expect(isUnfinished('REFUSED')).toBe(false);
  });
});
