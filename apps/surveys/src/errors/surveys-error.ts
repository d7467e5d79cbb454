import { DomainError } from '@kvalitetsnav/service-kit';

/** Every error code the surveys service can answer with. */
export enum SurveysErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
}

export class SurveysError extends DomainError<SurveysErrorCode> {}

export const invalid = (field: string, message: string) =>
  new SurveysError(SurveysErrorCode.VALIDATION_FAILED, message, field);
export const notFound = (field: string, message: string) =>
  new SurveysError(SurveysErrorCode.NOT_FOUND, message, field);
export const conflict = (field: string, message: string) => new SurveysError(SurveysErrorCode.CONFLICT, message, field);
