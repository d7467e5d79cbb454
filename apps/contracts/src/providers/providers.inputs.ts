import { Field, InputType } from '@nestjs/graphql';
import { ProviderOwnership } from '@kvalitetsnav/events';
import { IsOneOf, IsText } from '@kvalitetsnav/service-kit';
import { ProviderOwnershipEnum } from './provider.entity';

@InputType()
export class CreateProviderInput {
  @Field()
  @IsText(200)
  name!: string;

  @Field({ description: 'NNNNNN-NNNN, with a valid check digit.' })
  @IsText(40)
  organisationNumber!: string;

  @Field(() => ProviderOwnershipEnum)
  @IsOneOf(ProviderOwnershipEnum)
  ownership!: ProviderOwnership;
}
