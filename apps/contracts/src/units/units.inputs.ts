import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { ServiceArea } from '@kvalitetsnav/events';
import { ServiceAreaEnum } from './unit.entity';

@InputType()
export class CreateUnitInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'providerId must be a UUID' })
  providerId!: string;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name!: string;

  @Field(() => ServiceAreaEnum)
  @IsEnum(ServiceAreaEnum)
  serviceArea!: ServiceArea;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'places must be 0 or more' })
  @Max(10_000, { message: 'places must be at most 10000' })
  places?: number | null;
}
