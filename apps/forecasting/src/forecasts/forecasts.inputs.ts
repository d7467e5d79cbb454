import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsId, IsOneOf, IsText } from '@kvalitetsnav/service-kit';
import { MEASURES, type Measure } from './forecast-rules';
import { MeasureEnum } from './forecasts.models';

@InputType({ description: 'Which monthly case-flow series to forecast.' })
export class ForecastSeriesInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() unitId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() providerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsText(60, 0) service?: string | null;
  @Field(() => MeasureEnum, { defaultValue: 'INCOMING' }) @IsOneOf(MEASURES) measure!: Measure;
}
