import { deviationsViolation, RuleViolation } from '@kvalitetsnav/codes';

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
): { next: ImprovementPhase } | RuleViolation {
  switch (phase) {
    case 'PLAN':
      return { next: 'DO' };
    case 'DO':
      return { next: 'STUDY' };
    case 'STUDY':
      return step.studyResult ? { next: 'ACT' } : deviationsViolation('STUDY_RESULT_REQUIRED', 'studyResult');
    case 'ACT':
      if (!step.actDecision) return deviationsViolation('ACT_DECISION_REQUIRED', 'actDecision');
      return { next: step.actDecision === 'ADAPT' ? 'PLAN' : 'DONE' };
    case 'DONE':
      return deviationsViolation('IMPROVEMENT_DONE', 'improvementId');
  }
}

/** Where the notes of a finished phase go; finishing ACT also records the day, so it counts in that period. */
export function phaseRecord(
  phase: ImprovementPhase,
  plan: string,
  step: ImprovementStep,
  today: string,
): {
  plan?: string;
  doNotes?: string;
  studyNotes?: string;
  studyResult?: StudyResult;
  actNotes?: string;
  actDecision?: ActDecision;
  actCompletedOn?: string;
} {
  const notes = step.notes.trim();
  if (phase === 'PLAN') return { plan: `${plan}\n\n${notes}` };
  if (phase === 'DO') return { doNotes: notes };
  if (phase === 'STUDY') return { studyNotes: notes, studyResult: step.studyResult ?? undefined };
  if (phase === 'ACT') return { actNotes: notes, actDecision: step.actDecision ?? undefined, actCompletedOn: today };
  return {};
}

/** An improvement learns from deviations the caller can see; it is of a unit and a provider when they all are. */
export function improvementScope(
  wanted: readonly string[],
  visible: readonly { id: string; unitId: string; providerId: string }[],
  ownProviderId: string | undefined,
): RuleViolation | { unitId: string | null; providerId: string | null } {
  const missing = wanted.filter((id) => !visible.some((d) => d.id === id));
  if (missing.length) return deviationsViolation('DEVIATIONS_NOT_VISIBLE', 'deviationIds', { ids: missing });
  const units = [...new Set(visible.map((d) => d.unitId))];
  const providers = [...new Set(visible.map((d) => d.providerId))];
  return {
    unitId: units.length === 1 ? units[0] : null,
    providerId: ownProviderId ?? (providers.length === 1 ? providers[0] : null),
  };
}
