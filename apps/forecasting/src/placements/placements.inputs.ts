import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsCode, IsCount, IsId, IsMonth, IsNumberBetween } from '@kvalitetsnav/service-kit';

@InputType()
export class PlacementReportInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "The unit placed at; a provider names one of its own, an official none for the administration's own figures.",
  })
  @IsOptional()
  @IsId()
  unitId?: string | null;
  @Field() @IsMonth() month!: string;
  @Field({ description: 'HVB, FAMILY_HOME, SUPPORTED_HOUSING, ...' }) @IsCode() form!: string;
  @Field(() => Int) @IsCount(10_000_000) placed!: number;
  @Field(() => Int) @IsCount(10_000_000) careDays!: number;
  /** The column holds numeric(14, 2): at most twelve digits before the decimal point. */
  @Field(() => Float) @IsNumberBetween(0, 999_999_999_999) costSek!: number;
  @Field(() => Int) @IsCount(10_000_000) ended!: number;
  @Field(() => Int) @IsCount(10_000_000) endedDurationDays!: number;
}

/** A period of months, both included. */
@ArgsType()
export class PlacementPeriodArgs {
  @Field() @IsMonth() from!: string;
  @Field() @IsMonth() to!: string;
}

@InputType()
export class PlacementFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() unitId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() providerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsMonth() from?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsMonth() to?: string | null;
}
