import { isIsoWeek, isoWeekOf, pulseSignals } from './pulse-rules';

describe('ISO weeks', () => {
  it.each([
    ['2022-01-01', '2021-W52'], // a Saturday: still the last week of 2021
    ['2022-01-03', '2022-W01'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2022-03-16', '2022-W11'],
  ])('puts %s in %s', (date, week) => expect(isoWeekOf(date)).toBe(week));

  it('knows which weeks exist', () => {
    expect(isIsoWeek('2020-W53')).toBe(true);
    expect(isIsoWeek('2022-W53')).toBe(false);
    expect(isIsoWeek('2022-W00')).toBe(false);
    expect(isIsoWeek('2022-7')).toBe(false);
  });
});

describe('pulse signals', () => {
  it('are the topics at or above the threshold', () => {
    expect(pulseSignals({ impact: 2, staffing: 4, protectiveEquipment: 5, worry: 3 }, 4)).toEqual([
      { topic: 'staffing', score: 4 },
      { topic: 'protectiveEquipment', score: 5 },
    ]);
    expect(pulseSignals({ impact: 1, staffing: 1, protectiveEquipment: 1, worry: 1 }, 4)).toEqual([]);
  });
});
