import { Catch, ExceptionFilter } from '@nestjs/common';
import { RuleViolation } from '@kvalitetsnav/codes';

/**
 * A broken rule is an answer, not a crash: handed back to GraphQL (which formats it) without
 * Nest logging it as an unexpected error.
 */
@Catch(RuleViolation)
export class RuleViolationFilter implements ExceptionFilter {
  catch(violation: RuleViolation): RuleViolation {
    return violation;
  }
}
