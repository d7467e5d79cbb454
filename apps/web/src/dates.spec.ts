import { isoWeek } from './dates';

describe('ISO weeks in the browser', () => {
  it.each([
    [new Date(2022, 0, 1), '2021-W52'],
    [new Date(2022, 0, 3), '2022-W01'],
    [new Date(2020, 11, 31), '2020-W53'],
    [new Date(2024, 11, 30), '2025-W01'],
  ])('puts %s in %s', (date, week) => expect(isoWeek(date)).toBe(week));
});
