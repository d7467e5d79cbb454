import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import type { DeviationKind } from '@kvalitetsnav/events';
import { HasFormat, IsCode, IsFlag, IsId, IsList, IsText } from '@kvalitetsnav/service-kit';
import { DeviationKindEnum } from '../deviations/deviations.models';

@InputType()
export class CreateDeviationCategoryInput {
  @Field({ description: 'UPPER_SNAKE, e.g. MEDICATION.' })
  @HasFormat(/^[A-Z][A-Z0-9_]{1,59}$/, 'UPPER_SNAKE')
  code!: string;

  @Field()
  @IsText(200)
  label!: string;

  @Field(() => [DeviationKindEnum], { description: 'One or more of SOL_LSS, HSL, LEX_SARAH, LEX_MARIA.' })
  @IsList(1, 4) // the enum checks each value; the rules refuse complaints and decisions
  kinds!: DeviationKind[];
}

@InputType()
export class SetDeviationCategoryActiveInput {
  @Field(() => ID) @IsId() categoryId!: string;
  @Field() @IsFlag() active!: boolean;
}

@InputType({ description: "Sets what a deviation is about, from its kind's active categories; null takes it away." })
export class SetDeviationCategoryInput {
  @Field(() => ID)
  @IsId()
  deviationId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCode()
  categoryCode?: string | null;
}
