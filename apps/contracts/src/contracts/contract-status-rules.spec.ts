import { contractStatus, terminationProblem } from './contract-status';

const period = (startDate: string, endDate: string | null, terminatedOn: string | null = null) => ({
  startDate,
  endDate,
  terminatedOn,
});

describe('contractStatus', () => {
  it('is planned before the start, active from the start day through the end day, expired after', () => {
    const c = period('2022-01-01', '2023-12-31');
    expect(contractStatus(c, '2021-12-31')).toBe('PLANNED');
    expect(contractStatus(c, '2022-01-01')).toBe('ACTIVE');
    expect(contractStatus(c, '2023-12-31')).toBe('ACTIVE');
    expect(contractStatus(c, '2024-01-01')).toBe('EXPIRED');
  });

  it("never expires without an end date (e.g. the municipal provider's assignment)", () => {
    expect(contractStatus(period('2015-01-01', null), '2040-06-30')).toBe('ACTIVE');
  });

  it('is terminated from the termination day, and active until then', () => {
    const c = period('2022-01-01', '2025-12-31', '2022-09-30');
    expect(contractStatus(c, '2022-09-29')).toBe('ACTIVE');
    expect(contractStatus(c, '2022-09-30')).toBe('TERMINATED');
    expect(contractStatus(c, '2026-01-01')).toBe('TERMINATED');
  });
});

describe('terminationProblem', () => {
  const c = period('2022-01-01', '2023-12-31');

  it('accepts a date within the period, including its first and last day', () => {
    expect(terminationProblem(c, '2022-01-01')).toBeUndefined();
    expect(terminationProblem(c, '2023-12-31')).toBeUndefined();
  });

  it('refuses dates outside the period, naming the field and the bound', () => {
    expect(terminationProblem(c, '2021-12-31')).toBe('terminatedOn must be on or after the start date 2022-01-01');
    expect(terminationProblem(c, '2024-01-01')).toBe('terminatedOn must be on or before the end date 2023-12-31');
  });

  it('refuses terminating twice', () => {
    expect(terminationProblem(period('2022-01-01', null, '2022-05-01'), '2022-06-01')).toBe(
      'the contract is already terminated as of 2022-05-01',
    );
  });
});
