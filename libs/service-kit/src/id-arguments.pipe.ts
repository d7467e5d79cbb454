import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { commonViolation } from '@kvalitetsnav/codes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every id in Kvalitetsnav is a UUID. Arguments named `id`, `…Id` or `…Ids` are checked before a
 * resolver runs, so a malformed id is a clear VALIDATION_FAILED naming the argument instead of
 * a database error.
 */
@Injectable()
export class IdArgumentsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const name = metadata.data;
    if (typeof name !== 'string' || value === undefined || value === null) return value;
    if ((name === 'id' || name.endsWith('Id')) && typeof value === 'string' && !UUID.test(value)) {
      throw commonViolation('NOT_AN_ID', name);
    }
    if (name.endsWith('Ids') && Array.isArray(value) && value.some((v) => typeof v !== 'string' || !UUID.test(v))) {
      throw commonViolation('NOT_IDS', name);
    }
    return value;
  }
}
