import {
  UNIT_CATALOGUE_ENTITIES,
  UnitCatalogue1732400000050,
  UnitCatalogueBoard1796500000150,
  UnitCatalogueServiceAreas1796600000150,
  UnitCatalogueExternalCodes1796700000150,
} from '@kvalitetsnav/unit-catalogue';
import { AccessLogEntry } from './access-log/access-log-entry.entity';
import { DeviationCategory } from './categories/deviation-category.entity';
import { DecisionNotExecuted } from './decisions/decision-not-executed.entity';
import { DecisionQuarterReport } from './decisions/decision-quarter-report.entity';
import { Deviation } from './deviations/deviation.entity';
import { DeviationAssessment } from './deviations/deviation-assessment.entity';
import { DeviationProtectedText } from './deviations/deviation-protected-text.entity';
import { DeviationTransition } from './deviations/deviation-transition.entity';
import { FollowUpRef } from './follow-ups/follow-up-ref.entity';
import { Improvement } from './improvements/improvement.entity';
import { ImprovementDeviation } from './improvements/improvement-deviation.entity';
import { Deviations1732400000100 } from './migrations/1732400000100-deviations';
import { DeviationHandling1732400000200 } from './migrations/1732400000200-deviation-handling';
import { FollowUpRefs1732400000300 } from './migrations/1732400000300-follow-up-refs';
import { DeviationAssessments1732400000400 } from './migrations/1732400000400-deviation-assessments';
import { DecisionsForIvo1796500000200 } from './migrations/1796500000200-decisions-for-ivo';
import { DeviationImportSources1796700000300 } from './migrations/1796700000300-deviation-import-sources';
import { DeviationImportSource } from './deviation-import/import-source.entity';
import { DeviationImportJob } from './deviation-import/import-job.entity';
import { DeviationImportStagedRow } from './deviation-import/import-staged-row.entity';
import { DeviationImportJobs1796700000350 } from './migrations/1796700000350-deviation-import-jobs';
import { AccessLog1796700000100 } from './migrations/1796700000100-access-log';
import { AccessLogRecords1796800000300 } from './migrations/1796800000300-access-log-records';
import { DeviationCategories1796700000200 } from './migrations/1796700000200-deviation-categories';
import { ImprovementLinks1796700000500 } from './migrations/1796700000500-improvement-links';
import { DeviationRootCause } from './root-causes/deviation-root-cause.entity';
import { RootCause } from './root-causes/root-cause.entity';
import { Retention1796700000400 } from './migrations/1796700000400-retention';
import { RetentionRun } from './retention/retention-run.entity';
import { RetentionRunDeviation } from './retention/retention-run-deviation.entity';

export const DEVIATIONS_ENTITIES = [
  DeviationImportSource,
  DeviationImportJob,
  DeviationImportStagedRow,
  ...UNIT_CATALOGUE_ENTITIES,
  Deviation,
  DeviationProtectedText,
  DeviationTransition,
  DeviationAssessment,
  RootCause,
  DeviationRootCause,
  DeviationCategory,
  Improvement,
  ImprovementDeviation,
  DecisionNotExecuted,
  DecisionQuarterReport,
  FollowUpRef,
  AccessLogEntry,
  RetentionRun,
  RetentionRunDeviation,
];
export const DEVIATIONS_MIGRATIONS = [
  UnitCatalogue1732400000050,
  Deviations1732400000100,
  DeviationHandling1732400000200,
  FollowUpRefs1732400000300,
  DeviationAssessments1732400000400,
  DecisionsForIvo1796500000200,
  DeviationImportSources1796700000300,
  DeviationImportJobs1796700000350,
  UnitCatalogueBoard1796500000150,
  UnitCatalogueServiceAreas1796600000150,
  UnitCatalogueExternalCodes1796700000150,
  AccessLog1796700000100,
  DeviationCategories1796700000200,
  ImprovementLinks1796700000500,
  Retention1796700000400,
  AccessLogRecords1796800000300,
];
