import { Field, ID, InputType } from '@nestjs/graphql';
import { IsId } from '@kvalitetsnav/service-kit';

@InputType()
export class LinkFollowUpInput {
  @Field(() => ID) @IsId() deviationId!: string;
  @Field(() => ID) @IsId() followUpId!: string;
}
