import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

@InputType()
export class CreateProviderApiKeyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'providerId must be a UUID' })
  providerId!: string;

  @Field({ description: "What the key is for, e.g. the provider's case system." })
  @IsString()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name!: string;
}
