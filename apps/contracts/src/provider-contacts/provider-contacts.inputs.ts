import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsId, IsList, IsText } from '@kvalitetsnav/service-kit';
import { CONTACT_TOPICS, ContactTopic, ContactTopicEnum } from './provider-contact.models';

@InputType()
export class AddProviderContactInput {
  @Field(() => ID)
  @IsId()
  providerId!: string;

  @Field()
  @IsText(200, 0)
  name!: string;

  @Field({ description: 'An e-mail address; compared without regard to case.' })
  @IsText(254, 0)
  email!: string;

  @Field(() => [ContactTopicEnum], { description: 'At least one.' })
  @IsList(0, CONTACT_TOPICS.length)
  topics!: ContactTopic[];
}

/** Changes only the fields given. */
@InputType()
export class UpdateProviderContactInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsText(200, 0)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsText(254, 0)
  email?: string;

  @Field(() => [ContactTopicEnum], { nullable: true, description: 'At least one.' })
  @IsOptional()
  @IsList(0, CONTACT_TOPICS.length)
  topics?: ContactTopic[];
}
