import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsCode, IsId, IsNumberBetween, IsOneOf, IsText } from '@kvalitetsnav/service-kit';
import { RequirementComparisonEnum, RequirementKindEnum } from './contract-requirement.entity';
import {
  MAX_VALUE,
  REQUIREMENT_COMPARISONS,
  REQUIREMENT_KINDS,
  RequirementComparison,
  RequirementKind,
} from './requirement-rules';

@InputType()
export class RequirementFields {
  @Field({ description: 'UPPER_SNAKE, once per contract, e.g. QUALIFIED_STAFF.' })
  @IsCode()
  key!: string;

  @Field({ description: 'What is required, in Swedish.' })
  @IsText(200)
  label!: string;

  @Field(() => RequirementKindEnum)
  @IsOneOf(REQUIREMENT_KINDS)
  kind!: RequirementKind;

  @Field(() => RequirementComparisonEnum)
  @IsOneOf(REQUIREMENT_COMPARISONS)
  comparison!: RequirementComparison;

  @Field(() => Float, {
    nullable: true,
    description:
      '0 or more; a qualified share at most 100 (percent). Required: null is refused as REQUIRED, so a form left empty is told so.',
  })
  @IsOptional()
  @IsNumberBetween(0, MAX_VALUE)
  target?: number | null;

  @Field(() => String, { nullable: true, description: 'Ignored for a qualified share, which is in percent.' })
  @IsOptional()
  @IsText(40)
  measureUnit?: string | null;
}

@InputType()
export class AddContractRequirementInput extends RequirementFields {
  @Field(() => ID)
  @IsId()
  contractId!: string;
}

@InputType()
export class UpdateContractRequirementInput extends RequirementFields {
  @Field(() => ID)
  @IsId()
  requirementId!: string;
}

@InputType()
export class RecordRequirementFindingInput {
  @Field(() => ID)
  @IsId()
  followUpId!: string;

  @Field(() => ID)
  @IsId()
  requirementId!: string;

  @Field(() => Float, { nullable: true, description: 'The value found; none when it could not be assessed.' })
  @IsOptional()
  @IsNumberBetween(0, MAX_VALUE)
  measured?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(2000)
  note?: string | null;
}
