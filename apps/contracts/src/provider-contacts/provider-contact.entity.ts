import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Provider } from '../providers/provider.entity';
import { ContactTopic, ContactTopicEnum } from './provider-contact.models';

/** Someone at a provider who gets reminders by e-mail, on the topics they chose. */
@ObjectType({ description: 'A person at a provider who gets reminders by e-mail.' })
@Entity({ name: 'provider_contact' })
@Unique('provider_contact_provider_email_key', ['providerId', 'email'])
@Index('provider_contact_provider_id_idx', ['providerId'])
export class ProviderContact {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'provider_contact_pkey' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => Provider, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'provider_contact_provider_id_fkey' })
  provider?: Provider;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'In lower case, as it is compared: one address once per provider.' })
  @Column({ type: 'text' })
  email!: string;

  @Field(() => [ContactTopicEnum])
  @Column({ type: 'text', array: true })
  topics!: ContactTopic[];

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
