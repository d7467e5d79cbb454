import { completePhase } from './improvement-cycle';

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
    expect(completePhase('STUDY', { notes: 'x' })).toEqual({
      field: 'studyResult',
      problem: 'studyResult is required to finish the STUDY phase: did it work?',
    });
    expect(completePhase('ACT', { notes: 'x' })).toEqual({
      field: 'actDecision',
      problem: 'actDecision is required to finish the ACT phase',
    });
    expect(completePhase('DONE', { notes: 'x' })).toMatchObject({
      problem: 'the improvement is done; start a new one',
    });
  });
});
