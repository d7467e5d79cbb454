import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { commonViolation, isId } from '@kvalitetsnav/codes';

/**
 * Every id in Kvalitetsnav is a UUID. Arguments named `id`, `…Id` or `…Ids` are checked before a
 * resolver runs, so a malformed id is a clear VALIDATION_FAILED naming the argument instead of
 * a database error. A question's id (`…QuestionId`) is the exception: it names a question within
 * a survey definition (Q1, TRYGGHET_1), not a record.
 */
@Injectable()
export class IdArgumentsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const name = metadata.data;
    if (typeof name !== 'string' || value === undefined || value === null) return value;
    if (name.endsWith('QuestionId')) return value;
    if ((name === 'id' || name.endsWith('Id')) && typeof value === 'string' && !isId(value)) {
      throw commonViolation('NOT_AN_ID', name);
    }
    if (name.endsWith('Ids') && Array.isArray(value) && value.some((v) => !isId(v))) {
      throw commonViolation('NOT_IDS', name);
    }
    return value;
  }
}
