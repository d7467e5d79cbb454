import {
  UNIT_CATALOGUE_ENTITIES,
  UnitCatalogue1732400000050,
  UnitCatalogueBoard1796500000150,
  UnitCatalogueServiceAreas1796600000150,
} from '@kvalitetsnav/unit-catalogue';
import { DecisionNotExecuted } from './decisions/decision-not-executed.entity';
import { DecisionQuarterReport } from './decisions/decision-quarter-report.entity';
import { Deviation } from './deviations/deviation.entity';
import { DeviationAssessment } from './deviations/deviation-assessment.entity';
import { DeviationProtectedText } from './deviations/deviation-protected-text.entity';
import { DeviationTransition } from './deviations/deviation-transition.entity';
import { FollowUpRef } from './follow-ups/follow-up-ref.entity';
import { Improvement } from './improvements/improvement.entity';
import { Deviations1732400000100 } from './migrations/1732400000100-deviations';
import { DeviationHandling1732400000200 } from './migrations/1732400000200-deviation-handling';
import { FollowUpRefs1732400000300 } from './migrations/1732400000300-follow-up-refs';
import { DeviationAssessments1732400000400 } from './migrations/1732400000400-deviation-assessments';
import { DecisionsForIvo1796500000200 } from './migrations/1796500000200-decisions-for-ivo';
import { DeviationRootCause } from './root-causes/deviation-root-cause.entity';
import { RootCause } from './root-causes/root-cause.entity';

export const DEVIATIONS_ENTITIES = [
  ...UNIT_CATALOGUE_ENTITIES,
  Deviation,
  DeviationProtectedText,
  DeviationTransition,
  DeviationAssessment,
  RootCause,
  DeviationRootCause,
  Improvement,
  DecisionNotExecuted,
  DecisionQuarterReport,
  FollowUpRef,
];
export const DEVIATIONS_MIGRATIONS = [
  UnitCatalogue1732400000050,
  Deviations1732400000100,
  DeviationHandling1732400000200,
  FollowUpRefs1732400000300,
  DeviationAssessments1732400000400,
  DecisionsForIvo1796500000200,
  UnitCatalogueBoard1796500000150,
  UnitCatalogueServiceAreas1796600000150,
];
