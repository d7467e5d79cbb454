import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { DeviationKind } from '@kvalitetsnav/events';
import { IsCode, IsFlag, IsId, IsIsoDate, IsOneOf, IsText, IsWholeNumber } from '@kvalitetsnav/service-kit';
import { DEVIATION_PAGE_DEFAULT, DEVIATION_PAGE_MAX, DeviationSortField } from './deviation-list-rules';
import { Complainant, ComplaintCategory } from './deviation-report-rules';
import { DeviationStatus, Seriousness } from './deviation-workflow-rules';
import {
  ComplainantEnum,
  ComplaintCategoryEnum,
  DeviationKindEnum,
  DeviationSortFieldEnum,
  DeviationStatusEnum,
  SeriousnessEnum,
} from './deviations.models';

@InputType()
export class ReportDeviationInput {
  @Field(() => ID)
  @IsId()
  unitId!: string;

  @Field(() => DeviationKindEnum, { description: 'COMPLAINT goes through registerComplaint.' })
  @IsOneOf(DeviationKindEnum)
  kind!: DeviationKind;

  @Field({ description: 'The day it happened, YYYY-MM-DD.' })
  @IsIsoDate()
  occurredOn!: string;

  @Field({ description: 'Personal identity numbers are removed before the text is stored for everyone to read.' })
  @IsText(10_000)
  description!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What it is about: an active code from deviationCategories(kind) for the kind.',
  })
  @IsOptional()
  @IsCode()
  categoryCode?: string | null;
}

@InputType()
export class RegisterComplaintInput {
  @Field(() => ID)
  @IsId()
  unitId!: string;

  @Field({ description: 'The day it was received, YYYY-MM-DD.' })
  @IsIsoDate()
  receivedOn!: string;

  @Field(() => ComplainantEnum)
  @IsOneOf(ComplainantEnum)
  complainant!: Complainant;

  @Field(() => ComplaintCategoryEnum)
  @IsOneOf(ComplaintCategoryEnum)
  category!: ComplaintCategory;

  @Field()
  @IsText(10_000)
  description!: string;
}

@InputType({
  description:
    'Moves a deviation one step on: INVESTIGATING, ACTIONS_REGISTERED (with the actions), FINAL_ASSESSMENT (with the assessment), CLOSED.',
})
export class ChangeDeviationStatusInput {
  @Field(() => ID)
  @IsId()
  deviationId!: string;

  @Field(() => DeviationStatusEnum)
  @IsOneOf(DeviationStatusEnum)
  to!: DeviationStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The actions (ACTIONS_REGISTERED) or the final assessment (FINAL_ASSESSMENT).',
  })
  @IsOptional()
  @IsText(10_000)
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'The day it happened when recorded afterwards; default today.' })
  @IsOptional()
  @IsIsoDate()
  on?: string | null;
}

@InputType()
export class AssessSeriousnessInput {
  @Field(() => ID)
  @IsId()
  deviationId!: string;

  @Field(() => SeriousnessEnum)
  @IsOneOf(SeriousnessEnum)
  seriousness!: Seriousness;
}

@InputType()
export class ReportToIvoInput {
  @Field(() => ID)
  @IsId()
  deviationId!: string;

  @Field()
  @IsIsoDate()
  reportedOn!: string;

  @Field(() => String, { nullable: true, description: "IVO's case number." })
  @IsOptional()
  @IsText(100)
  ivoReference?: string | null;
}

@InputType()
export class DeviationFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() unitId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() providerId?: string | null;
  @Field(() => DeviationKindEnum, { nullable: true })
  @IsOptional()
  @IsOneOf(DeviationKindEnum)
  kind?: DeviationKind | null;
  @Field(() => DeviationStatusEnum, { nullable: true })
  @IsOptional()
  @IsOneOf(DeviationStatusEnum)
  status?: DeviationStatus | null;
  @Field(() => String, { nullable: true, description: 'Reported on or after, YYYY-MM-DD.' })
  @IsOptional()
  @IsIsoDate()
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'Reported on or before, YYYY-MM-DD.' })
  @IsOptional()
  @IsIsoDate()
  to?: string | null;
}

@InputType({ description: 'Which page of the deviations list, and in what order.' })
export class DeviationPaging {
  @Field(() => Int, { defaultValue: 0, description: 'Rows to skip.' })
  @IsWholeNumber(0, 1_000_000)
  offset = 0;

  @Field(() => Int, {
    defaultValue: DEVIATION_PAGE_DEFAULT,
    description: `Rows on the page, at most ${DEVIATION_PAGE_MAX}.`,
  })
  @IsWholeNumber(1, DEVIATION_PAGE_MAX)
  limit: number = DEVIATION_PAGE_DEFAULT;

  @Field(() => DeviationSortFieldEnum, { defaultValue: 'REPORTED' })
  @IsOneOf(DeviationSortFieldEnum)
  sortBy: DeviationSortField = 'REPORTED';

  @Field(() => Boolean, { defaultValue: true, description: 'Largest (newest, last in the alphabet) first.' })
  @IsFlag()
  descending = true;
}
