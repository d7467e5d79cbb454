import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsString, IsUUID, Length } from 'class-validator';
import { DeviationKind } from '@kvalitetsnav/events';
import { DeviationKindEnum } from './deviation.entity';

@InputType()
export class ReportDeviationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId!: string;

  @Field(() => DeviationKindEnum)
  @IsEnum(DeviationKindEnum)
  kind!: DeviationKind;

  @Field({ description: 'The day it happened, YYYY-MM-DD.' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'occurredOn must be a date YYYY-MM-DD' })
  @Length(10, 10, { message: 'occurredOn must be a date YYYY-MM-DD' })
  occurredOn!: string;

  @Field()
  @IsString()
  @Length(1, 10_000, { message: 'description must be 1 to 10000 characters' })
  description!: string;
}
