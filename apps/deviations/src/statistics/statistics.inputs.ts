import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional, IsUUID, Length } from 'class-validator';
import { Sector, ServiceArea } from '@kvalitetsnav/events';
import { DeviationServiceAreaEnum } from '../deviations/deviation.entity';
import { SectorEnum } from './deviation-statistics.model';

const date = (field: string): PropertyDecorator => (target, key) => {
  IsISO8601({ strict: true, strictSeparator: true }, { message: `${field} must be a date YYYY-MM-DD` })(target, key);
  Length(10, 10, { message: `${field} must be a date YYYY-MM-DD` })(target, key);
};

@InputType({ description: 'Which deviations to count: reported between from and to (inclusive), and where.' })
export class StatisticsFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @date('from') from?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @date('to') to?: string | null;
  @Field(() => SectorEnum, { nullable: true }) @IsOptional() @IsEnum(SectorEnum, { message: 'sector must be a sector' }) sector?: Sector | null;
  @Field(() => DeviationServiceAreaEnum, { nullable: true }) @IsOptional() @IsEnum(DeviationServiceAreaEnum, { message: 'serviceArea must be a service area' }) serviceArea?: ServiceArea | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'providerId must be a UUID' }) providerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'unitId must be a UUID' }) unitId?: string | null;
}
