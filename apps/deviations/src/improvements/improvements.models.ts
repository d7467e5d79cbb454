import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { ACT_DECISIONS, IMPROVEMENT_PHASES, STUDY_RESULTS } from './improvement-cycle-rules';

export const ImprovementPhaseEnum = registerStringEnum(
  IMPROVEMENT_PHASES,
  'ImprovementPhase',
  'Plan, do, study, act (PDSA), then done.',
);
export const StudyResultEnum = registerStringEnum(
  STUDY_RESULTS,
  'StudyResult',
  'Whether the improvement worked, as studied.',
);
export const ActDecisionEnum = registerStringEnum(
  ACT_DECISIONS,
  'ActDecision',
  'Adopt, adapt (another cycle) or abandon.',
);
