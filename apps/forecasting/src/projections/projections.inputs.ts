import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsCode, IsList, IsNumberBetween, IsText, IsWholeNumber } from '@kvalitetsnav/service-kit';

const AREA = 'A code from serviceAreas.';

@InputType()
export class AgeBandRateInput {
  /** Its form (80-84, 90+) is a rule of its own: see usageRateViolations. */
  @Field({ description: 'e.g. 80-84 or 90+' }) @IsText(10) ageBand!: string;
  @Field(() => Float, { description: 'Share of the age band using the service, 0–1.' })
  @IsNumberBetween(0, 1)
  rate!: number;
}

@InputType()
export class UsageRatesInput {
  @Field({ description: AREA }) @IsCode() serviceArea!: string;
  @Field(() => [AgeBandRateInput])
  @IsList(0, 30)
  @ValidateNested({ each: true })
  @Type(() => AgeBandRateInput)
  rates!: AgeBandRateInput[];
}

@ArgsType()
export class ProjectionArgs {
  @Field({ description: AREA }) @IsCode() serviceArea!: string;
  @Field({ description: 'Municipality code, e.g. 0580.' }) @IsText(20) region!: string;
  /** The years a population table can hold (see parseScbPopulation). */
  @Field(() => Int) @IsWholeNumber(1900, 2200) fromYear!: number;
  @Field(() => Int, { defaultValue: 10 }) @IsWholeNumber(1, 30) years!: number;
}
