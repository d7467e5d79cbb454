import type { Identity } from '@kvalitetsnav/auth';
import {
  answeringProviderRefusal,
  endPulsePeriodRefusal,
  openPulsePeriodRefusals,
  pulsePeriodOf,
  pulseSignals,
  pulseWeekRefusal,
} from './pulse-rules';

const P1 = '00000000-0000-4000-8000-000000000001';
const P2 = '00000000-0000-4000-8000-000000000002';
const official: Identity = { sub: 'anna', name: 'Anna', roles: ['QUALITY_OFFICIAL'] };
const provider: Identity = { sub: 'key', name: 'System', roles: ['PROVIDER'], providerId: P1 };

describe('who answers the pulse', () => {
  it('a provider, for itself, naming itself or not', () => {
    expect(answeringProviderRefusal(provider)).toBeNull();
    expect(answeringProviderRefusal(provider, P1)).toBeNull();
  });

  it('not a provider for another provider', () => {
    expect(answeringProviderRefusal(provider, P2)).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'OWN_PROVIDER_ONLY',
      field: 'providerId',
      message: 'a provider answers only for itself',
    });
  });

  it('an official, naming the provider', () => {
    expect(answeringProviderRefusal(official, P2)).toBeNull();
    expect(answeringProviderRefusal(official)).toMatchObject({
      rule: 'PROVIDER_FOR_OFFICIALS',
      field: 'providerId',
      message: 'providerId is required when an official answers',
    });
  });
});

describe('the week answered', () => {
  it('is this week or an earlier one', () => {
    expect(pulseWeekRefusal('2022-W11', '2022-03-16')).toBeNull();
    expect(pulseWeekRefusal('2021-W52', '2022-03-16')).toBeNull();
  });

  it('is not a week that has not begun', () => {
    expect(pulseWeekRefusal('2022-W12', '2022-03-16')).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'IN_THE_FUTURE',
      field: 'week',
      params: { value: '2022-W12', today: '2022-03-16' },
      message: 'week 2022-W12 is in the future (today is 2022-03-16)',
    });
  });
});

describe('pulse signals', () => {
  it('are the topics at or above the threshold', () => {
    expect(pulseSignals({ impact: 2, staffing: 4, protectiveEquipment: 5, worry: 3 }, 4)).toEqual([
      { topic: 'STAFFING', score: 4 },
      { topic: 'PROTECTIVE_EQUIPMENT', score: 5 },
    ]);
    expect(pulseSignals({ impact: 1, staffing: 1, protectiveEquipment: 1, worry: 1 }, 4)).toEqual([]);
  });
});

describe('pulse periods: which weeks are pulse weeks', () => {
  const spring = { name: 'Covid-19 våren', fromWeek: '2020-W12', toWeek: '2020-W26' };
  const autumn = { name: 'Covid-19 hösten', fromWeek: '2020-W44', toWeek: null };

  it('a week from the first to the last week of a period, both included, is a pulse week', () => {
    expect(pulsePeriodOf([spring], '2020-W12')).toBe(spring);
    expect(pulsePeriodOf([spring], '2020-W26')).toBe(spring);
    expect(pulsePeriodOf([spring], '2020-W11')).toBeNull();
    expect(pulsePeriodOf([spring], '2020-W27')).toBeNull();
  });

  it('a period without a last week goes on, across the new year, until it is ended', () => {
    expect(pulsePeriodOf([spring, autumn], '2021-W03')).toBe(autumn);
  });

  it('a period ends no earlier than it starts', () => {
    expect(openPulsePeriodRefusals({ fromWeek: '2020-W12', toWeek: '2020-W10' }, [])).toEqual([
      expect.objectContaining({
        rule: 'PULSE_PERIOD_ENDS_BEFORE_START',
        field: 'toWeek',
        params: { fromWeek: '2020-W12' },
      }),
    ]);
    expect(openPulsePeriodRefusals({ fromWeek: '2020-W12', toWeek: '2020-W12' }, [])).toEqual([]);
  });

  it('no week belongs to two periods, an unended one included', () => {
    expect(openPulsePeriodRefusals({ fromWeek: '2020-W26', toWeek: '2020-W30' }, [spring])).toEqual([
      expect.objectContaining({ rule: 'PULSE_PERIOD_OVERLAP', field: 'fromWeek', params: spring }),
    ]);
    expect(openPulsePeriodRefusals({ fromWeek: '2021-W40', toWeek: null }, [autumn])).toEqual([
      expect.objectContaining({ rule: 'PULSE_PERIOD_OVERLAP' }),
    ]);
    expect(openPulsePeriodRefusals({ fromWeek: '2020-W01', toWeek: null }, [spring])).toEqual([
      expect.objectContaining({ rule: 'PULSE_PERIOD_OVERLAP' }),
    ]);
    expect(openPulsePeriodRefusals({ fromWeek: '2020-W27', toWeek: '2020-W43' }, [spring, autumn])).toEqual([]);
  });

  it('a period is ended at this week or a later one, never at a week already asked for', () => {
    const today = '2020-11-18'; // week 47
    expect(endPulsePeriodRefusal(autumn, '2020-W47', today)).toBeNull();
    expect(endPulsePeriodRefusal(autumn, '2020-W52', today)).toBeNull();
    expect(endPulsePeriodRefusal(autumn, '2020-W46', today)).toMatchObject({
      rule: 'PULSE_WEEK_PASSED',
      field: 'lastWeek',
      params: { value: '2020-W46', week: '2020-W47' },
    });
  });

  it('not before the period starts, and a period that has ended stays ended', () => {
    expect(endPulsePeriodRefusal({ fromWeek: '2020-W50', toWeek: null }, '2020-W48', '2020-11-18')).toMatchObject({
      rule: 'PULSE_PERIOD_ENDS_BEFORE_START',
      field: 'lastWeek',
    });
    expect(endPulsePeriodRefusal(spring, '2020-W50', '2020-11-18')).toMatchObject({
      rule: 'PULSE_PERIOD_ENDED',
      params: { toWeek: '2020-W26' },
    });
  });
});
