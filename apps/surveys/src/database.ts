import {
  UNIT_CATALOGUE_ENTITIES,
  UnitCatalogue1732400000050,
  UnitCatalogueBoard1796500000150,
  UnitCatalogueServiceAreas1796600000150,
  UnitCatalogueExternalCodes1796700000150,
} from '@kvalitetsnav/unit-catalogue';
import { SurveyAnswerLink } from './answer-links/answer-link.entity';
import { SurveyDefinition } from './definitions/definition.entity';
import { KoladaValue } from './kolada/kolada-value.entity';
import { Surveys1732400000100 } from './migrations/1732400000100-surveys';
import { SurveyAnswerLinks1764590000000 } from './migrations/1764590000000-survey-answer-links';
import { PulsePeriods1796300000000 } from './migrations/1796300000000-pulse-periods';
import { RoundUnitPlaced1796700000300 } from './migrations/1796700000300-round-unit-placed';
import { PulseQuestions1796700000200 } from './migrations/1796700000200-pulse-questions';
import { PulsePerUnit1796900000150 } from './migrations/1796900000150-pulse-per-unit';
import { PulseAnswer } from './pulse/pulse-answer.entity';
import { PulseFollowUp } from './pulse/pulse-follow-up.entity';
import { PulsePeriod } from './pulse/pulse-period.entity';
import { SurveyResponse } from './responses/response.entity';
import { SurveyRound } from './rounds/round.entity';
import { RoundUnit } from './rounds/round-unit.entity';

export const SURVEYS_ENTITIES = [
  ...UNIT_CATALOGUE_ENTITIES,
  SurveyDefinition,
  SurveyRound,
  RoundUnit,
  SurveyResponse,
  KoladaValue,
  PulseAnswer,
  PulsePeriod,
  PulseFollowUp,
  SurveyAnswerLink,
];
export const SURVEYS_MIGRATIONS = [
  UnitCatalogue1732400000050,
  Surveys1732400000100,
  SurveyAnswerLinks1764590000000,
  PulsePeriods1796300000000,
  UnitCatalogueBoard1796500000150,
  UnitCatalogueServiceAreas1796600000150,
  UnitCatalogueExternalCodes1796700000150,
  RoundUnitPlaced1796700000300,
  PulseQuestions1796700000200,
  PulsePerUnit1796900000150,
];
