import { focusAreasOf, plannedOnForHalf, planProgress } from './plan-rules';

describe("the year's plan", () => {
  it('keeps each focus area once, trimmed, and no blank ones', () => {
    expect(focusAreasOf(['Bemanning', ' Granskning av delegeringar ', 'Bemanning', '  '])).toEqual([
      'Bemanning',
      'Granskning av delegeringar',
    ]);
  });

  it('counts progress per half-year against its target, never below nothing left to plan', () => {
    expect(
      planProgress({ targetFirstHalf: 10, targetSecondHalf: 4 }, [
        { half: 1, planned: 3, done: 1 },
        { half: 2, planned: 6, done: 0 },
      ]),
    ).toEqual([
      { half: 1, target: 10, planned: 3, done: 1, unplanned: 7 },
      { half: 2, target: 4, planned: 6, done: 0, unplanned: 0 },
    ]);
    expect(planProgress({ targetFirstHalf: 2, targetSecondHalf: 2 }, [])).toEqual([
      { half: 1, target: 2, planned: 0, done: 0, unplanned: 2 },
      { half: 2, target: 2, planned: 0, done: 0, unplanned: 2 },
    ]);
  });
});

describe('follow-ups planned from accepted proposals', () => {
  it('are planned from today while the half-year is under way', () => {
    expect(plannedOnForHalf(2022, 1, '2022-03-10')).toBe('2022-03-10');
    expect(plannedOnForHalf(2022, 1, '2022-06-30')).toBe('2022-06-30');
  });

  it('are planned from the first day of a half-year not yet begun, or begun today, or past', () => {
    expect(plannedOnForHalf(2022, 2, '2022-03-10')).toBe('2022-07-01');
    expect(plannedOnForHalf(2022, 2, '2022-07-01')).toBe('2022-07-01');
    expect(plannedOnForHalf(2022, 1, '2022-09-01')).toBe('2022-01-01');
  });
});
