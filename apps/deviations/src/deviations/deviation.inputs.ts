import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { DeviationKind } from '@kvalitetsnav/events';
import { DeviationStatus } from '../rules/deviation-rules';
import {
  Complainant,
  ComplainantEnum,
  ComplaintCategory,
  ComplaintCategoryEnum,
  DeviationKindEnum,
  DeviationStatusEnum,
  Seriousness,
  SeriousnessEnum,
} from './deviation.entity';
import { IsIsoDate, IsText } from '@kvalitetsnav/service-kit';

const uuid = (field: string): PropertyDecorator => IsUUID('all', { message: `${field} must be a UUID` });

@InputType()
export class ReportDeviationInput {
  @Field(() => ID)
  @uuid('unitId')
  unitId!: string;

  @Field(() => DeviationKindEnum, { description: 'COMPLAINT goes through registerComplaint.' })
  @IsEnum(DeviationKindEnum, { message: 'kind must be a deviation kind' })
  kind!: DeviationKind;

  @Field({ description: 'The day it happened, YYYY-MM-DD.' })
  @IsIsoDate('occurredOn')
  occurredOn!: string;

  @Field({ description: 'Personal identity numbers are removed before the text is stored for everyone to read.' })
  @IsText('description', 10_000)
  description!: string;
}

@InputType()
export class RegisterComplaintInput {
  @Field(() => ID)
  @uuid('unitId')
  unitId!: string;

  @Field({ description: 'The day it was received, YYYY-MM-DD.' })
  @IsIsoDate('receivedOn')
  receivedOn!: string;

  @Field(() => ComplainantEnum)
  @IsEnum(ComplainantEnum, { message: 'complainant must be USER, RELATIVE, STAFF, OTHER or ANONYMOUS' })
  complainant!: Complainant;

  @Field(() => ComplaintCategoryEnum)
  @IsEnum(ComplaintCategoryEnum, { message: 'category must be a complaint category' })
  category!: ComplaintCategory;

  @Field()
  @IsText('description', 10_000)
  description!: string;
}

@InputType({
  description:
    'Moves a deviation one step on: INVESTIGATING, ACTIONS_REGISTERED (with the actions), FINAL_ASSESSMENT (with the assessment), CLOSED.',
})
export class ChangeDeviationStatusInput {
  @Field(() => ID)
  @uuid('deviationId')
  deviationId!: string;

  @Field(() => DeviationStatusEnum)
  @IsEnum(DeviationStatusEnum, { message: 'to must be a deviation status' })
  to!: DeviationStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The actions (ACTIONS_REGISTERED) or the final assessment (FINAL_ASSESSMENT).',
  })
  @IsOptional()
  @IsText('text', 10_000)
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'The day it happened when recorded afterwards; default today.' })
  @IsOptional()
  @IsIsoDate('on')
  on?: string | null;
}

@InputType()
export class AssessSeriousnessInput {
  @Field(() => ID)
  @uuid('deviationId')
  deviationId!: string;

  @Field(() => SeriousnessEnum)
  @IsEnum(SeriousnessEnum, { message: 'seriousness must be SERIOUS or NOT_SERIOUS' })
  seriousness!: Seriousness;
}

@InputType()
export class ReportToIvoInput {
  @Field(() => ID)
  @uuid('deviationId')
  deviationId!: string;

  @Field()
  @IsIsoDate('reportedOn')
  reportedOn!: string;

  @Field(() => String, { nullable: true, description: "IVO's case number." })
  @IsOptional()
  @IsText('ivoReference', 100)
  ivoReference?: string | null;
}

@InputType()
export class SetRootCausesInput {
  @Field(() => ID)
  @uuid('deviationId')
  deviationId!: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'rootCauseIds must hold UUIDs' })
  rootCauseIds!: string[];
}

@InputType()
export class DeviationFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @uuid('unitId') unitId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @uuid('providerId') providerId?: string | null;
  @Field(() => DeviationKindEnum, { nullable: true })
  @IsOptional()
  @IsEnum(DeviationKindEnum, { message: 'kind must be a deviation kind' })
  kind?: DeviationKind | null;
  @Field(() => DeviationStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(DeviationStatusEnum, { message: 'status must be a deviation status' })
  status?: DeviationStatus | null;
  @Field(() => String, { nullable: true, description: 'Reported on or after, YYYY-MM-DD.' })
  @IsOptional()
  @IsIsoDate('from')
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'Reported on or before, YYYY-MM-DD.' })
  @IsOptional()
  @IsIsoDate('to')
  to?: string | null;
}
