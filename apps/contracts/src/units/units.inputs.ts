import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsCode, IsCount, IsId, IsList, IsText } from '@kvalitetsnav/service-kit';

const AREA = 'A code from `serviceAreas`, e.g. HOME_CARE.';
const EXTERNAL = "The unit's codes in other systems, one per system; on update the whole set, `[]` removes them.";

@InputType({ description: "The unit's code in another system, e.g. the case system's unit code." })
export class ExternalCodeInput {
  @Field({ description: 'The system as an UPPER_SNAKE code, e.g. TRESERVA.' })
  @IsCode()
  system!: string;

  @Field({ description: 'The code that system gives the unit.' })
  @IsText(40)
  code!: string;
}

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
  @Field(() => [ExternalCodeInput], { nullable: true, description: EXTERNAL })
  @IsOptional()
  @IsList(0, 10)
  @ValidateNested({ each: true })
  @Type(() => ExternalCodeInput)
  externalCodes?: ExternalCodeInput[] | null;
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
  @Field(() => [ExternalCodeInput], { nullable: true, description: EXTERNAL })
  @IsOptional()
  @IsList(0, 10)
  @ValidateNested({ each: true })
  @Type(() => ExternalCodeInput)
  externalCodes?: ExternalCodeInput[] | null;
}
