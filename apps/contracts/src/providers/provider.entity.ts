import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { PROVIDER_OWNERSHIPS, ProviderOwnership } from '@kvalitetsnav/events';
import { registerStringEnum } from '@kvalitetsnav/service-kit';

export const ProviderOwnershipEnum = registerStringEnum(
  PROVIDER_OWNERSHIPS,
  'ProviderOwnership',
  'Municipal, private company or non-profit (idéburen).',
);

/** A provider (utförare) the municipality buys care from, or its own provider. */
@ObjectType({ description: 'A care provider (utförare).' })
@Directive('@key(fields: "id")')
@Entity({ name: 'provider' })
@Unique('provider_organisation_number_key', ['organisationNumber'])
export class Provider {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'provider_pkey' })
  id!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'Swedish organisation number, NNNNNN-NNNN.' })
  @Column({ name: 'organisation_number', type: 'text' })
  organisationNumber!: string;

  @Field(() => ProviderOwnershipEnum)
  @Column({ type: 'text' })
  ownership!: ProviderOwnership;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
