import type { Identity } from '@kvalitetsnav/auth';
import { answeringProviderRefusal, pulseSignals, pulseWeekRefusal } from './pulse-rules';

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
