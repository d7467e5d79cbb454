import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsCode, IsCount, IsMonth, IsNumberBetween } from '@kvalitetsnav/service-kit';

@InputType()
export class PlacementReportInput {
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
