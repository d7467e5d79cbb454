import { completePhase, improvementScope, phaseRecord } from './improvement-cycle-rules';

describe('plan–do–study–act', () => {
  it('goes plan → do → study → act → done when adopted', () => {
    expect(completePhase('PLAN', { notes: '' })).toEqual({ next: 'DO' });
    expect(completePhase('DO', { notes: '' })).toEqual({ next: 'STUDY' });
    expect(completePhase('STUDY', { notes: '', studyResult: 'WORKED' })).toEqual({ next: 'ACT' });
    expect(completePhase('ACT', { notes: '', actDecision: 'ADOPT' })).toEqual({ next: 'DONE' });
  });

  it('starts a new cycle when adapted, ends when abandoned', () => {
    expect(completePhase('ACT', { notes: '', actDecision: 'ADAPT' })).toEqual({ next: 'PLAN' });
    expect(completePhase('ACT', { notes: '', actDecision: 'ABANDON' })).toEqual({ next: 'DONE' });
  });

  it('wants to know whether it worked, and what to do about it', () => {
    expect(completePhase('STUDY', { notes: 'x' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'STUDY_RESULT_REQUIRED',
      field: 'studyResult',
      message: 'studyResult is required to finish the STUDY phase: did it work?',
    });
    expect(completePhase('ACT', { notes: 'x' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'ACT_DECISION_REQUIRED',
      field: 'actDecision',
      message: 'actDecision is required to finish the ACT phase',
    });
  });

  it('is over once done: a new improvement starts a new cycle', () => {
    expect(completePhase('DONE', { notes: 'x' })).toMatchObject({
      code: 'CONFLICT',
      rule: 'IMPROVEMENT_DONE',
      field: 'improvementId',
      message: 'the improvement is done; start a new one',
    });
  });

  it("keeps each phase's notes, and the study's result and the decision with the day it was taken", () => {
    expect(phaseRecord('PLAN', 'Jourhavande chef', { notes: ' Plan klar ' }, '2026-12-02')).toEqual({
      plan: 'Jourhavande chef\n\nPlan klar',
    });
    expect(phaseRecord('DO', 'p', { notes: 'Infört' }, '2026-12-02')).toEqual({ doNotes: 'Infört' });
    expect(phaseRecord('STUDY', 'p', { notes: 'Färre', studyResult: 'WORKED' }, '2026-12-02')).toEqual({
      studyNotes: 'Färre',
      studyResult: 'WORKED',
    });
    expect(phaseRecord('ACT', 'p', { notes: 'Alla boenden', actDecision: 'ADOPT' }, '2026-12-02')).toEqual({
      actNotes: 'Alla boenden',
      actDecision: 'ADOPT',
      actCompletedOn: '2026-12-02',
    });
  });
});

describe('what an improvement learns from', () => {
  const a1 = { id: 'd1', unitId: 'u1', providerId: 'a' };
  const a2 = { id: 'd2', unitId: 'u2', providerId: 'a' };
  const b1 = { id: 'd3', unitId: 'u3', providerId: 'b' };

  it('is of a unit and a provider when all its deviations are', () => {
    expect(improvementScope(['d1'], [a1], undefined)).toEqual({ unitId: 'u1', providerId: 'a' });
    expect(improvementScope(['d1', 'd2'], [a1, a2], undefined)).toEqual({ unitId: null, providerId: 'a' });
    expect(improvementScope(['d1', 'd3'], [a1, b1], undefined)).toEqual({ unitId: null, providerId: null });
    expect(improvementScope([], [], 'a')).toEqual({ unitId: null, providerId: 'a' });
  });

  it('refuses deviations the caller cannot see, naming them', () => {
    expect(improvementScope(['d1', 'd3'], [a1], 'a')).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'DEVIATIONS_NOT_VISIBLE',
      field: 'deviationIds',
      params: { ids: ['d3'] },
    });
  });
});
