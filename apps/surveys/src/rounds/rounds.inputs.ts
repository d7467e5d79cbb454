import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DEFAULT_MIN_CELL } from '@kvalitetsnav/survey-stats';

@InputType()
export class RoundUnitInput {
  @Field(() => ID) @IsUUID('all', { message: 'units.unitId must be a UUID' }) unitId!: string;
  @Field(() => Int, { description: 'People offered the survey at the unit.' })
  @IsInt({ message: 'units.offered must be a whole number' })
  @Min(0, { message: 'units.offered must be 0 or more' })
  @Max(100_000, { message: 'units.offered must be at most 100000' })
  offered!: number;
  @Field({ defaultValue: false }) @IsBoolean() optedOut!: boolean;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 1000, { message: 'units.optOutReason must be 1 to 1000 characters' })
  optOutReason?: string | null;
}

@InputType()
export class CreateSurveyRoundInput {
  @Field(() => ID) @IsUUID('all', { message: 'definitionId must be a UUID' }) definitionId!: string;
  @Field() @IsString() @Length(1, 300, { message: 'name must be 1 to 300 characters' }) name!: string;
  @Field({ description: 'e.g. 2022 or 2022-H2.' })
  @IsString()
  @Length(4, 20, { message: 'period must be 4 to 20 characters' })
  period!: string;
  @Field(() => [RoundUnitInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'units must name at least one unit' })
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => RoundUnitInput)
  units!: RoundUnitInput[];
  @Field(() => Int, {
    nullable: true,
    description: `Cells with fewer answers are hidden; default ${DEFAULT_MIN_CELL}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'minCell must be at least 1' })
  @Max(100, { message: 'minCell must be at most 100' })
  minCell?: number | null;
}
