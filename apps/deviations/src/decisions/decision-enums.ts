import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { DECISION_GENDERS, DECISION_LAWS } from './decision-rules';

export const DecisionLawEnum = registerStringEnum(DECISION_LAWS, 'DecisionLaw', 'SoL or LSS.');
/** Named `Gender` with surveys' values, so the supergraph has one gender enum. */
export const DecisionGenderEnum = registerStringEnum(DECISION_GENDERS, 'Gender');
