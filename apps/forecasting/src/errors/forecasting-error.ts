import { DomainError } from '@kvalitetsnav/service-kit';

/** Every error code the forecasting service can answer with. */
export enum ForecastingErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
}

export class ForecastingError extends DomainError<ForecastingErrorCode> {}

export const invalid = (field: string, message: string) =>
  new ForecastingError(ForecastingErrorCode.VALIDATION_FAILED, message, field);
export const notFound = (field: string, message: string) =>
  new ForecastingError(ForecastingErrorCode.NOT_FOUND, message, field);
