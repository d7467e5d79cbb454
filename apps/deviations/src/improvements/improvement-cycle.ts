/** Plan–do–study–act: each step in order; a study says whether it worked; act decides what next. */

export const IMPROVEMENT_PHASES = ['PLAN', 'DO', 'STUDY', 'ACT', 'DONE'] as const;
export type ImprovementPhase = (typeof IMPROVEMENT_PHASES)[number];
export const STUDY_RESULTS = ['WORKED', 'PARTLY_WORKED', 'DID_NOT_WORK'] as const;
export type StudyResult = (typeof STUDY_RESULTS)[number];
export const ACT_DECISIONS = ['ADOPT', 'ADAPT', 'ABANDON'] as const;
export type ActDecision = (typeof ACT_DECISIONS)[number];

export interface ImprovementStep {
  notes: string;
  studyResult?: StudyResult | null;
  actDecision?: ActDecision | null;
}

/**
 * Completing the current phase moves to the next. Finishing STUDY needs its result; finishing
 * ACT needs a decision, and ADAPT starts a new cycle at PLAN while ADOPT and ABANDON end it.
 */
export function completePhase(
  phase: ImprovementPhase,
  step: ImprovementStep,
): { next: ImprovementPhase } | { field: string; problem: string } {
  switch (phase) {
    case 'PLAN':
      return { next: 'DO' };
    case 'DO':
      return { next: 'STUDY' };
    case 'STUDY':
      return step.studyResult
        ? { next: 'ACT' }
        : { field: 'studyResult', problem: 'studyResult is required to finish the STUDY phase: did it work?' };
    case 'ACT':
      if (!step.actDecision)
        return { field: 'actDecision', problem: 'actDecision is required to finish the ACT phase' };
      return { next: step.actDecision === 'ADAPT' ? 'PLAN' : 'DONE' };
    case 'DONE':
      return { field: 'improvementId', problem: 'the improvement is done; start a new one' };
  }
}
