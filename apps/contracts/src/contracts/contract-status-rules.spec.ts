import {
  contractStatus,
  editedPeriodViolation,
  periodViolation,
  terminationViolation,
  unitsViolation,
} from './contract-status-rules';

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

describe('a new contract', () => {
  it('ends on or after the day it starts, or never', () => {
    expect(periodViolation('2022-01-01', '2022-01-01')).toBeNull();
    expect(periodViolation('2022-01-01', null)).toBeNull();
    expect(periodViolation('2022-01-01', '2021-12-31')).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'END_BEFORE_START',
      field: 'endDate',
      params: { startDate: '2022-01-01' },
      message: 'endDate must be on or after startDate 2022-01-01',
    });
  });

  it("covers only its provider's units, naming the others (unknown ones too)", () => {
    const provider = { id: 'p1', name: 'Omsorg AB' };
    const units = [
      { id: 'u1', providerId: 'p1' },
      { id: 'u2', providerId: 'p2' },
    ];
    expect(unitsViolation(['u1'], units, provider)).toBeNull();
    expect(unitsViolation(['u1', 'u2', 'u9'], units, provider)).toMatchObject({
      rule: 'UNITS_OF_ANOTHER_PROVIDER',
      field: 'unitIds',
      params: { ids: ['u2', 'u9'], providerId: 'p1', providerName: 'Omsorg AB' },
      message: 'unitIds u2, u9 are not units of Omsorg AB',
    });
  });
});

describe('terminationViolation', () => {
  const c = period('2022-01-01', '2023-12-31');

  it('accepts a date within the period, including its first and last day', () => {
    expect(terminationViolation(c, '2022-01-01')).toBeNull();
    expect(terminationViolation(c, '2023-12-31')).toBeNull();
  });

  it('refuses dates outside the period, naming the field and the bound', () => {
    expect(terminationViolation(c, '2021-12-31')).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'TERMINATED_BEFORE_START',
      field: 'terminatedOn',
      params: { startDate: '2022-01-01' },
      message: 'terminatedOn must be on or after the start date 2022-01-01',
    });
    expect(terminationViolation(c, '2024-01-01')).toMatchObject({
      rule: 'TERMINATED_AFTER_END',
      params: { endDate: '2023-12-31' },
      message: 'terminatedOn must be on or before the end date 2023-12-31',
    });
  });

  it('refuses terminating twice, as a conflict', () => {
    expect(terminationViolation(period('2022-01-01', null, '2022-05-01'), '2022-06-01')).toMatchObject({
      code: 'CONFLICT',
      rule: 'ALREADY_TERMINATED',
      field: 'contractId',
      params: { terminatedOn: '2022-05-01' },
      message: 'the contract is already terminated as of 2022-05-01',
    });
  });
});

describe('an edited period of a terminated contract', () => {
  it('must still hold the day the contract was terminated from', () => {
    expect(editedPeriodViolation(period('2022-01-01', '2023-12-31', '2022-06-30'))).toBeNull();
    expect(editedPeriodViolation(period('2022-07-01', '2023-12-31', '2022-06-30'))).toMatchObject({
      rule: 'TERMINATED_BEFORE_START',
      field: 'terminatedOn',
      params: { startDate: '2022-07-01' },
    });
    expect(editedPeriodViolation(period('2022-01-01', '2022-05-31', '2022-06-30'))).toMatchObject({
      rule: 'TERMINATED_AFTER_END',
      params: { endDate: '2022-05-31' },
    });
  });

  it('is any period when the contract is not terminated', () => {
    expect(editedPeriodViolation(period('2030-01-01', '2030-12-31', null))).toBeNull();
  });
});
