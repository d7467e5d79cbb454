import { Field, ID, InputType } from '@nestjs/graphql';
import { IsId, IsText } from '@kvalitetsnav/service-kit';

@InputType()
export class CreateProviderApiKeyInput {
  @Field(() => ID)
  @IsId()
  providerId!: string;

  @Field({ description: "What the key is for, e.g. the provider's case system." })
  @IsText(100)
  name!: string;
}
