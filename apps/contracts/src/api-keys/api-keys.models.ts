import { Field, ObjectType } from '@nestjs/graphql';
import { ProviderApiKey } from './provider-api-key.entity';

@ObjectType({ description: 'A new key: `key` is shown this once and cannot be read again.' })
export class CreatedProviderApiKey {
  @Field(() => ProviderApiKey)
  apiKey!: ProviderApiKey;

  @Field({ description: 'Send it in the x-api-key header. Store it safely: it is not shown again.' })
  key!: string;
}
