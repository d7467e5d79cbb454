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
