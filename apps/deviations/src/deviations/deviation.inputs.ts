import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { DeviationKind } from '@kvalitetsnav/events';
import { DeviationStatus } from '../rules/deviation-rules';
import { Complainant, ComplainantEnum, ComplaintCategory, ComplaintCategoryEnum, DeviationKindEnum, DeviationStatusEnum, Seriousness, SeriousnessEnum } from './deviation.entity';

const date = (field: string): PropertyDecorator => (target, key) => {
  IsISO8601({ strict: true, strictSeparator: true }, { message: `${field} must be a date YYYY-MM-DD` })(target, key);
  Length(10, 10, { message: `${field} must be a date YYYY-MM-DD` })(target, key);
};
const text = (field: string, max: number): PropertyDecorator => (target, key) => {
  IsString()(target, key);
  Length(1, max, { message: `${field} must be 1 to ${max} characters` })(target, key);
};
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
  @date('occurredOn')
  occurredOn!: string;

  @Field({ description: 'Personal identity numbers are removed before the text is stored for everyone to read.' })
  @text('description', 10_000)
  description!: string;
}

@InputType()
export class RegisterComplaintInput {
  @Field(() => ID)
  @uuid('unitId')
  unitId!: string;

  @Field({ description: 'The day it was received, YYYY-MM-DD.' })
  @date('receivedOn')
  receivedOn!: string;

  @Field(() => ComplainantEnum)
  @IsEnum(ComplainantEnum, { message: 'complainant must be USER, RELATIVE, STAFF, OTHER or ANONYMOUS' })
  complainant!: Complainant;

  @Field(() => ComplaintCategoryEnum)
  @IsEnum(ComplaintCategoryEnum, { message: 'category must be a complaint category' })
  category!: ComplaintCategory;

  @Field()
  @text('description', 10_000)
  description!: string;
}

@InputType({ description: 'Moves a deviation one step on: INVESTIGATING, ACTIONS_REGISTERED (with the actions), FINAL_ASSESSMENT (with the assessment), CLOSED.' })
export class ChangeDeviationStatusInput {
  @Field(() => ID)
  @uuid('deviationId')
  deviationId!: string;

  @Field(() => DeviationStatusEnum)
  @IsEnum(DeviationStatusEnum, { message: 'to must be a deviation status' })
  to!: DeviationStatus;

  @Field(() => String, { nullable: true, description: 'The actions (ACTIONS_REGISTERED) or the final assessment (FINAL_ASSESSMENT).' })
  @IsOptional()
  @text('text', 10_000)
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'The day it happened when recorded afterwards; default today.' })
  @IsOptional()
  @date('on')
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
  @date('reportedOn')
  reportedOn!: string;

  @Field(() => String, { nullable: true, description: "IVO's case number." })
  @IsOptional()
  @text('ivoReference', 100)
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
  @Field(() => DeviationKindEnum, { nullable: true }) @IsOptional() @IsEnum(DeviationKindEnum, { message: 'kind must be a deviation kind' }) kind?: DeviationKind | null;
  @Field(() => DeviationStatusEnum, { nullable: true }) @IsOptional() @IsEnum(DeviationStatusEnum, { message: 'status must be a deviation status' }) status?: DeviationStatus | null;
  @Field(() => String, { nullable: true, description: 'Reported on or after, YYYY-MM-DD.' }) @IsOptional() @date('from') from?: string | null;
  @Field(() => String, { nullable: true, description: 'Reported on or before, YYYY-MM-DD.' }) @IsOptional() @date('to') to?: string | null;
}
