import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { SubmitSurveyResponseInput } from './responses.inputs';
import { ResponseImportResult, SurveyResponseReceipt } from './responses.models';
import { ResponsesService } from './responses.service';

@Resolver()
export class ResponsesResolver {
  constructor(private readonly responses: ResponsesService) {}

  @Mutation(() => SurveyResponseReceipt, {
    description: 'One anonymous answer sheet, from a provider system, the web form or an official.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER')
  submitSurveyResponse(
    @Args('input') input: SubmitSurveyResponseInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<SurveyResponseReceipt> {
    return this.responses.submit(input, identity);
  }

  @Mutation(() => ResponseImportResult, {
    description:
      'Answer sheets from CSV: columns unit_id, gender, then one per question id. One bad row rejects the file.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER')
  importSurveyResponses(
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('csv') csv: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ResponseImportResult> {
    return this.responses.import(roundId, csv, identity);
  }
}
