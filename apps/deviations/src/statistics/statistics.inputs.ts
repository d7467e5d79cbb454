import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsCode, IsId, IsIsoDate } from '@kvalitetsnav/service-kit';

@InputType({ description: 'Which deviations to count: reported between from and to (inclusive), and where.' })
export class StatisticsFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() from?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() to?: string | null;
  @Field(() => String, { nullable: true, description: 'A code from sectors.' })
  @IsOptional()
  @IsCode()
  sector?: string | null;
  @Field(() => String, { nullable: true, description: 'A code from serviceAreas.' })
  @IsOptional()
  @IsCode()
  serviceArea?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() providerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() unitId?: string | null;
  @Field(() => ID, { nullable: true, description: "Deviations of the board's (nämndens) units." })
  @IsOptional()
  @IsId()
  boardId?: string | null;
}
