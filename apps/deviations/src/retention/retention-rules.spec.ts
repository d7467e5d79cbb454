import { isRetentionMarker, RetentionCandidate, retentionMarker, retentionPlan } from './retention-rules';

const SETTINGS = { protectedTextMonths: 24, freeTextMonths: 60 };
const TODAY = '2026-12-02';
const deviation = (over: Partial<RetentionCandidate>): RetentionCandidate => ({
  id: 'd',
  status: 'CLOSED',
  closedOn: '2020-01-15',
  hasOriginal: true,
  freeTextsCulled: false,
  ...over,
});
const plan = (...candidates: RetentionCandidate[]) => retentionPlan(TODAY, SETTINGS, candidates);

describe('what a retention run culls', () => {
  it('deletes the original and anonymises the free texts of a deviation closed longer ago than both times', () => {
    expect(plan(deviation({ id: 'old' }))).toMatchObject({ removeOriginals: ['old'], anonymiseFreeTexts: ['old'] });
  });

  it('deletes only the original when the shorter time has passed but not the longer', () => {
    expect(plan(deviation({ id: 'mid', closedOn: '2023-06-01' }))).toMatchObject({
      removeOriginals: ['mid'],
      anonymiseFreeTexts: [],
    });
  });

  it('touches nothing closed within its time, and counts from the day after the time is out', () => {
    // 2024-12-02 + 24 months is today: its time has not passed until tomorrow.
    expect(plan(deviation({ closedOn: '2024-12-02' }))).toMatchObject({ removeOriginals: [], anonymiseFreeTexts: [] });
    expect(plan(deviation({ id: 'x', closedOn: '2024-12-01' })).removeOriginals).toEqual(['x']);
    expect(plan(deviation({ id: 'y', closedOn: '2021-12-01' })).anonymiseFreeTexts).toEqual(['y']);
    expect(plan(deviation({ closedOn: '2021-12-02' })).anonymiseFreeTexts).toEqual([]);
  });

  it('never touches a deviation that is not CLOSED, however old', () => {
    for (const status of ['REPORTED', 'INVESTIGATING', 'ACTIONS_REGISTERED', 'FINAL_ASSESSMENT'] as const)
      expect(plan(deviation({ status, closedOn: null }))).toMatchObject({
        removeOriginals: [],
        anonymiseFreeTexts: [],
      });
    expect(plan(deviation({ closedOn: null }))).toMatchObject({ removeOriginals: [], anonymiseFreeTexts: [] });
  });

  it('does not touch again what an earlier run culled', () => {
    expect(plan(deviation({ hasOriginal: false, freeTextsCulled: true }))).toMatchObject({
      removeOriginals: [],
      anonymiseFreeTexts: [],
    });
  });

  it('records the closing days it went by and the dated Swedish marker', () => {
    expect(plan()).toEqual({
      originalsClosedBy: '2024-12-01',
      freeTextsClosedBy: '2021-12-01',
      marker: '[Gallrad 2026-12-02]',
      removeOriginals: [],
      anonymiseFreeTexts: [],
    });
  });
});

describe('the marker', () => {
  it('reads "[Gallrad <day>]" and nothing else is taken for it', () => {
    expect(retentionMarker('2026-12-02')).toBe('[Gallrad 2026-12-02]');
    expect(isRetentionMarker('[Gallrad 2026-12-02]')).toBe(true);
    expect(isRetentionMarker('Gallrad')).toBe(false);
    expect(isRetentionMarker('[Gallrad 2026-12-02] och mer')).toBe(false);
    expect(isRetentionMarker(null)).toBe(false);
  });
});
