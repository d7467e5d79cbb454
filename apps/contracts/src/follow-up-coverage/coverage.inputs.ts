import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsIsoDate, IsWholeNumber } from '@kvalitetsnav/service-kit';

@ArgsType()
export class CoverageArgs {
  @Field(() => Int)
  @IsWholeNumber(2000, 2100)
  year!: number;

  @Field(() => String, { nullable: true, description: 'The day for the IOP flags, YYYY-MM-DD; today by default.' })
  @IsOptional()
  @IsIsoDate()
  asOf?: string;
}

@ArgsType()
export class AsOfArgs {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today (Swedish time) by default.' })
  @IsOptional()
  @IsIsoDate()
  asOf?: string;
}
