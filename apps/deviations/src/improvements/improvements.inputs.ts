import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsId, IsIds, IsIsoDate, IsList, IsOneOf, IsText } from '@kvalitetsnav/service-kit';
import { ActDecision, StudyResult } from './improvement-cycle-rules';
import { ActDecisionEnum, StudyResultEnum } from './improvements.models';

@InputType()
export class CreateImprovementInput {
  @Field() @IsText(300) title!: string;
  @Field({ description: 'What will change and how it will be measured.' })
  @IsText(10_000)
  plan!: string;
  @Field(() => [ID], { description: 'The deviations it learns from.' })
  @IsList(0, 200)
  @IsIds()
  deviationIds!: string[];
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  studyDueOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'The contracts follow-up it came from (followUps).' })
  @IsOptional()
  @IsId()
  followUpId?: string | null;
}

@InputType({ description: 'The deviations an improvement came from, replacing those it named before.' })
export class LinkImprovementToDeviationsInput {
  @Field(() => ID) @IsId() improvementId!: string;
  @Field(() => [ID])
  @IsList(0, 200)
  @IsIds()
  deviationIds!: string[];
}

@InputType({ description: 'The contracts follow-up an improvement came from, replacing the one it named before.' })
export class LinkImprovementToFollowUpInput {
  @Field(() => ID) @IsId() improvementId!: string;
  @Field(() => ID, { nullable: true, description: 'None unlinks the follow-up it named.' })
  @IsOptional()
  @IsId()
  followUpId?: string | null;
}

@InputType({ description: 'Which improvements to count: within from and to (inclusive), and whose.' })
export class ImprovementStatisticsFilter {
  @Field(() => String, { nullable: true, description: 'Default: 1 January of the year of to.' })
  @IsOptional()
  @IsIsoDate()
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'Default: today.' })
  @IsOptional()
  @IsIsoDate()
  to?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() providerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() unitId?: string | null;
}

@InputType({
  description: "Finishes the improvement's current phase with notes; STUDY needs studyResult, ACT needs actDecision.",
})
export class CompleteImprovementPhaseInput {
  @Field(() => ID) @IsId() improvementId!: string;
  @Field() @IsText(10_000) notes!: string;
  @Field(() => StudyResultEnum, { nullable: true })
  @IsOptional()
  @IsOneOf(StudyResultEnum)
  studyResult?: StudyResult | null;
  @Field(() => ActDecisionEnum, { nullable: true })
  @IsOptional()
  @IsOneOf(ActDecisionEnum)
  actDecision?: ActDecision | null;
}
