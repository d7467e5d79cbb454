import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsId, IsIsoWeek, IsText, IsWholeNumber } from '@kvalitetsnav/service-kit';

@InputType({ description: 'The weekly pulse: scores 1 (no problem) to 5 (severe).' })
export class SubmitPulseAnswerInput {
  @Field(() => ID, {
    nullable: true,
    description: "Officials answering for a provider name it; a provider's key answers for its own.",
  })
  @IsOptional()
  @IsId()
  providerId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO week, e.g. 2022-W07; default this week.' })
  @IsOptional()
  @IsIsoWeek()
  week?: string | null;
  @Field(() => Int) @IsWholeNumber(1, 5) impact!: number;
  @Field(() => Int) @IsWholeNumber(1, 5) staffing!: number;
  @Field(() => Int) @IsWholeNumber(1, 5) protectiveEquipment!: number;
  @Field(() => Int) @IsWholeNumber(1, 5) worry!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsText(5000) comment?: string | null;
}

@ArgsType()
export class PulseOverviewArgs {
  @Field({ description: 'ISO week, e.g. 2022-W07.' }) @IsIsoWeek() week!: string;
}

@InputType({ description: 'Opens a period of weekly pulse surveys (a crisis).' })
export class OpenPulsePeriodInput {
  @Field({ description: 'What the pulse is about, e.g. "Covid-19".' }) @IsText(200) name!: string;
  @Field(() => String, { nullable: true, description: 'The first pulse week, ISO; default this week.' })
  @IsOptional()
  @IsIsoWeek()
  fromWeek?: string | null;
  @Field(() => String, { nullable: true, description: 'The last pulse week; leave out to go on until ended.' })
  @IsOptional()
  @IsIsoWeek()
  toWeek?: string | null;
}

@InputType({ description: 'Sets the last week of a pulse period.' })
export class EndPulsePeriodInput {
  @Field(() => ID) @IsId() id!: string;
  @Field(() => String, { nullable: true, description: 'The last pulse week, ISO; default this week.' })
  @IsOptional()
  @IsIsoWeek()
  lastWeek?: string | null;
}
