import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { SubmitSurveyAnswerByCodeInput } from './answer-links.inputs';
import { AnswerLinkSurvey, SurveyAnswerLinkModel } from './answer-links.models';
import { AnswerLinksService } from './answer-links.service';

/**
 * Respondents open a link without signing in: the gateway lets exactly these two fields through
 * for callers without credentials, as the ANONYMOUS role (apps/gateway/src/graphql/anonymous-operations.ts).
 */
const RESPONDENTS = ['ANONYMOUS', 'ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'] as const;

@Resolver()
export class AnswerLinksResolver {
  constructor(private readonly links: AnswerLinksService) {}

  @Query(() => [SurveyAnswerLinkModel], { description: "Each taking unit's answer link for the round." })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  surveyAnswerLinks(@Args('roundId', { type: () => ID }) roundId: string): Promise<SurveyAnswerLinkModel[]> {
    return this.links.linksOf(roundId);
  }

  @Query(() => AnswerLinkSurvey, {
    description:
      'The survey behind an answer link, for a respondent who has not signed in. Refused once the round is closed.',
  })
  @RequireRoles(...RESPONDENTS)
  surveyByAnswerCode(@Args('code') code: string): Promise<AnswerLinkSurvey> {
    return this.links.surveyByCode(code);
  }

  @Mutation(() => Boolean, {
    description: 'One anonymous answer sheet through an answer link, for a respondent who has not signed in.',
  })
  @RequireRoles(...RESPONDENTS)
  submitSurveyAnswerByCode(
    @Args('input') input: SubmitSurveyAnswerByCodeInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<boolean> {
    return this.links.submitByCode(input, identity);
  }
}
