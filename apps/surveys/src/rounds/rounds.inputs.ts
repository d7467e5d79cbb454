import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsCount, IsFlag, IsId, IsList, IsText, IsWholeNumber } from '@kvalitetsnav/service-kit';
import { DEFAULT_MIN_CELL } from '@kvalitetsnav/survey-stats';

@InputType()
export class RoundUnitInput {
  @Field(() => ID) @IsId() unitId!: string;
  @Field(() => Int, { description: 'People offered the survey at the unit.' }) @IsCount(100_000) offered!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'People placed at (living at, using) the unit: the coverage is offered of placed.',
  })
  @IsOptional()
  @IsCount(100_000)
  placed?: number | null;
  @Field({ defaultValue: false }) @IsFlag() optedOut!: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsText(1000) optOutReason?: string | null;
}

@InputType()
export class CreateSurveyRoundInput {
  @Field(() => ID) @IsId() definitionId!: string;
  @Field() @IsText(300) name!: string;
  @Field({ description: 'e.g. 2022 or 2022-H2.' }) @IsText(20, 4) period!: string;
  @Field(() => [RoundUnitInput])
  @IsList(1, 2000)
  @ValidateNested({ each: true })
  @Type(() => RoundUnitInput)
  units!: RoundUnitInput[];
  @Field(() => Int, {
    nullable: true,
    description: `Cells with fewer answers are hidden; default ${DEFAULT_MIN_CELL}.`,
  })
  @IsOptional()
  @IsWholeNumber(1, 100)
  minCell?: number | null;
}
