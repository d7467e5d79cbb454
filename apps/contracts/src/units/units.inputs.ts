import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsCode, IsCount, IsId, IsText } from '@kvalitetsnav/service-kit';

const AREA = 'A code from `serviceAreas`, e.g. HOME_CARE.';

@InputType()
export class CreateUnitInput {
  @Field(() => ID)
  @IsId()
  providerId!: string;

  @Field()
  @IsText(200)
  name!: string;

  @Field({ description: AREA })
  @IsCode()
  serviceArea!: string;

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

  @Field({ nullable: true, description: AREA })
  @IsOptional()
  @IsCode()
  serviceArea?: string;

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
