import { backoffDelay } from './backoff';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isTransientInfrastructureError } from './transient-errors';

describe('backoffDelay', () => {
  it('doubles from the initial delay and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, 200, 5_000))).toEqual([200, 400, 800, 1600, 3200, 5000]);
  });

  it('does not wait before the first attempt', () => {
    expect(backoffDelay(0, 200, 5_000)).toBe(0);
  });
});

describe('isTransientInfrastructureError', () => {
  it('treats lost connections and a restarting Postgres as transient', () => {
    expect(isTransientInfrastructureError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransientInfrastructureError(Object.assign(new Error('x'), { code: '57P01' }))).toBe(true); // admin shutdown
    expect(isTransientInfrastructureError(Object.assign(new Error('x'), { code: '08006' }))).toBe(true);
    expect(isTransientInfrastructureError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientInfrastructureError(new Error('timeout exceeded when trying to connect'))).toBe(true); // pg-pool, server away
    expect(isTransientInfrastructureError(new QueryRunnerAlreadyReleasedError())).toBe(true);
    expect(isTransientInfrastructureError(new QueryRunnerProviderAlreadyReleasedError())).toBe(true); // its connection died mid-transaction
    expect(
      isTransientInfrastructureError(
        Object.assign(new Error('the database system is shutting down'), { code: '57P03' }),
      ),
    ).toBe(true);
  });

  it("treats bugs and bad data as the message's problem", () => {
    expect(isTransientInfrastructureError(new TypeError('cannot read id of undefined'))).toBe(false);
    expect(isTransientInfrastructureError(Object.assign(new Error('dup'), { code: '23505' }))).toBe(false);
    expect(isTransientInfrastructureError(undefined)).toBe(false);
  });
});
