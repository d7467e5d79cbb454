import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { ServiceArea } from '@kvalitetsnav/events';
import { IsCount, IsId, IsOneOf, IsText, ServiceAreaEnum } from '@kvalitetsnav/service-kit';

@InputType()
export class CreateUnitInput {
  @Field(() => ID)
  @IsId()
  providerId!: string;

  @Field()
  @IsText(200)
  name!: string;

  @Field(() => ServiceAreaEnum)
  @IsOneOf(ServiceAreaEnum)
  serviceArea!: ServiceArea;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsCount(10_000)
  places?: number | null;

  @Field(() => ID, { nullable: true, description: 'The board (nämnd) the unit belongs to.' })
  @IsOptional()
  @IsId()
  boardId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "One of the board's departments; gives the board when none is named.",
  })
  @IsOptional()
  @IsId()
  departmentId?: string | null;
}

/** Changes only the fields given; `places: null` says the unit has no places. */
@InputType()
export class UpdateUnitInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsText(200)
  name?: string;

  @Field(() => ServiceAreaEnum, { nullable: true })
  @IsOptional()
  @IsOneOf(ServiceAreaEnum)
  serviceArea?: ServiceArea;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsCount(10_000)
  places?: number | null;

  @Field(() => ID, { nullable: true, description: '`null` takes the unit off its board (and department).' })
  @IsOptional()
  @IsId()
  boardId?: string | null;

  @Field(() => ID, { nullable: true, description: '`null` takes the unit out of its department.' })
  @IsOptional()
  @IsId()
  departmentId?: string | null;
}
