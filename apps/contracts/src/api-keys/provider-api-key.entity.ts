import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Provider } from '../providers/provider.entity';

/** An API key a provider's system uses to report through the gateway. The key is never stored. */
@ObjectType({ description: 'An API key issued to a provider; the key itself is shown only when created.' })
@Entity({ name: 'provider_api_key' })
@Index('provider_api_key_prefix_key', ['prefix'], { unique: true })
@Index('provider_api_key_provider_id_idx', ['providerId'])
export class ProviderApiKey {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'provider_api_key_pkey' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'provider_api_key_provider_id_fkey' })
  provider?: Provider;

  @Field({ description: "What the key is for, e.g. the provider's case system." })
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'The start of the key (kvn_<prefix>_…), to tell keys apart.' })
  @Column({ type: 'text' })
  prefix!: string;

  @Column({ name: 'key_hash', type: 'text' })
  keyHash!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'When a request last came with the key, to the minute (recorded at most once a minute); null if never.',
  })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
