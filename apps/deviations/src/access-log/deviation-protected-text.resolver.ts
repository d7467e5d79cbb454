import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { deviationsViolation } from '@kvalitetsnav/codes';
import { CurrentIdentity } from '@kvalitetsnav/service-kit';
import { Deviation } from '../deviations/deviation.entity';
import { mayReadProtectedText, PROTECTED_TEXT_READERS } from '../deviations/deviation-access-rules';
import { READ_REASON_MAX } from './access-log-rules';
import { AccessLogService } from './access-log.service';

/** A deviation's protected original: each read that returns it is logged. */
@Resolver(() => Deviation)
export class DeviationProtectedTextResolver {
  constructor(private readonly accessLogService: AccessLogService) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The unredacted text of a lex Sarah / lex Maria report, where it held personal identity numbers. ADMIN and QUALITY_OFFICIAL; MEDICALLY_RESPONSIBLE for lex Maria. Every read is logged (accessLog, myAccessLog).',
  })
  protectedDescription(
    @Parent() deviation: Deviation,
    @CurrentIdentity() identity: Identity,
    @Args('reason', {
      type: () => String,
      nullable: true,
      description: `Why it is read, kept in the access log; at most ${READ_REASON_MAX} characters.`,
    })
    reason?: string | null,
  ): Promise<string | null> {
    if (!mayReadProtectedText(identity, deviation.kind))
      throw deviationsViolation('ROLE_REQUIRED', 'protectedDescription', { roles: PROTECTED_TEXT_READERS });
    return this.accessLogService.readProtectedText(deviation, identity, reason);
  }
}
