import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Sector, ServiceArea } from '@kvalitetsnav/events';
import { DeviationServiceAreaEnum } from '../deviations/deviation.entity';
import { SectorEnum } from './deviation-statistics.model';
import { IsIsoDate } from '@kvalitetsnav/service-kit';

@InputType({ description: 'Which deviations to count: reported between from and to (inclusive), and where.' })
export class StatisticsFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate('from') from?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate('to') to?: string | null;
  @Field(() => SectorEnum, { nullable: true })
  @IsOptional()
  @IsEnum(SectorEnum, { message: 'sector must be a sector' })
  sector?: Sector | null;
  @Field(() => DeviationServiceAreaEnum, { nullable: true })
  @IsOptional()
  @IsEnum(DeviationServiceAreaEnum, { message: 'serviceArea must be a service area' })
  serviceArea?: ServiceArea | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'providerId must be a UUID' })
  providerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'unitId must be a UUID' }) unitId?:
    string | null;
}
