import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsCode, IsText } from '@kvalitetsnav/service-kit';

@InputType()
export class RegisterSectorInput {
  @Field({ description: 'Unique among the sectors, e.g. Socialpsykiatri.' })
  @IsText(200)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A stable code in upper snake case; made from the name when left out.',
  })
  @IsOptional()
  @IsCode()
  code?: string | null;
}

@InputType()
export class RenameSectorInput {
  @Field()
  @IsCode()
  code!: string;

  @Field()
  @IsText(200)
  name!: string;
}

@InputType()
export class RegisterServiceAreaInput {
  @Field({ description: 'Unique among the service areas, e.g. Korttidsvistelse.' })
  @IsText(200)
  name!: string;

  @Field({ description: 'The sector the area is reported under.' })
  @IsCode()
  sectorCode!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A stable code in upper snake case; made from the name when left out.',
  })
  @IsOptional()
  @IsCode()
  code?: string | null;
}

/** Changes only what is given; the code stays, since units, events and figures carry it. */
@InputType()
export class UpdateServiceAreaInput {
  @Field()
  @IsCode()
  code!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsText(200)
  name?: string;

  @Field({ nullable: true, description: 'Moves the area, and its figures from then on, to another sector.' })
  @IsOptional()
  @IsCode()
  sectorCode?: string;
}
