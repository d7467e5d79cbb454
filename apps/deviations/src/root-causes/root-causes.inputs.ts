import { Field, ID, InputType } from '@nestjs/graphql';
import { HasFormat, IsFlag, IsId, IsIds, IsList, IsText } from '@kvalitetsnav/service-kit';

@InputType()
export class CreateRootCauseInput {
  @Field({ description: 'UPPER_SNAKE, e.g. NIGHT_STAFFING.' })
  @HasFormat(/^[A-Z][A-Z0-9_]{1,59}$/, 'UPPER_SNAKE')
  code!: string;

  @Field()
  @IsText(200)
  label!: string;
}

@InputType()
export class SetRootCauseActiveInput {
  @Field(() => ID) @IsId() rootCauseId!: string;
  @Field() @IsFlag() active!: boolean;
}

@InputType()
export class SetRootCausesInput {
  @Field(() => ID)
  @IsId()
  deviationId!: string;

  @Field(() => [ID])
  @IsList(0, 20)
  @IsIds()
  rootCauseIds!: string[];
}
