import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsId, IsText, IsWholeNumber } from '@kvalitetsnav/service-kit';

@InputType()
export class AddToOrderingListInput {
  @Field(() => ID)
  @IsId()
  contractId!: string;

  @Field({ description: 'Why the ordering function wants it followed up, e.g. what its case workers have seen.' })
  @IsText(1000)
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'Its place, 1 = most wanted; last when left out.' })
  @IsOptional()
  @IsWholeNumber(1, 500)
  position?: number;
}

@InputType()
export class MoveOnOrderingListInput {
  @Field(() => ID)
  @IsId()
  contractId!: string;

  @Field(() => Int, { description: 'Its new place, 1 = most wanted.' })
  @IsWholeNumber(1, 500)
  position!: number;
}
