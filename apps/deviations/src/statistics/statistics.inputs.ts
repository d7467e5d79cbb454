import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { Sector, ServiceArea } from '@kvalitetsnav/events';
import { IsId, IsIsoDate, IsOneOf, ServiceAreaEnum } from '@kvalitetsnav/service-kit';
import { SectorEnum } from './statistics.models';

@InputType({ description: 'Which deviations to count: reported between from and to (inclusive), and where.' })
export class StatisticsFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() from?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() to?: string | null;
  @Field(() => SectorEnum, { nullable: true })
  @IsOptional()
  @IsOneOf(SectorEnum)
  sector?: Sector | null;
  @Field(() => ServiceAreaEnum, { nullable: true })
  @IsOptional()
  @IsOneOf(ServiceAreaEnum)
  serviceArea?: ServiceArea | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() providerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() unitId?: string | null;
  @Field(() => ID, { nullable: true, description: "Deviations of the board's (nämndens) units." })
  @IsOptional()
  @IsId()
  boardId?: string | null;
}
