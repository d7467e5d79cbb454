import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A unit in a round: how many were offered the survey of how many it has, or why it opted out. */
@ObjectType({ description: 'A unit taking part in (or opting out of) a round.' })
@Entity({ name: 'round_unit' })
export class RoundUnit {
  @Field(() => ID)
  @PrimaryColumn('uuid', { name: 'round_id', primaryKeyConstraintName: 'round_unit_pkey' })
  roundId!: string;

  @Field(() => ID)
  @PrimaryColumn('uuid', { name: 'unit_id', primaryKeyConstraintName: 'round_unit_pkey' })
  unitId!: string;

  @Field(() => ID)
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Field({ description: "The code of the unit's service area when the round was set up." })
  @Column({ name: 'service_area', type: 'text' })
  serviceArea!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: 'People offered the survey at the unit.' })
  @Column({ type: 'int' })
  offered!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'People placed at (living at, using) the unit when the round was set up; none when not given.',
  })
  @Column({ type: 'int', nullable: true })
  placed!: number | null;

  @Field()
  @Column({ name: 'opted_out', type: 'boolean' })
  optedOut!: boolean;

  @Field(() => String, { nullable: true })
  @Column({ name: 'opt_out_reason', type: 'text', nullable: true })
  optOutReason!: string | null;
}
