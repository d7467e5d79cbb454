import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { ANSWER_TYPES, AnswerType } from './question-guide-rules';

export const AnswerTypeEnum = registerStringEnum(ANSWER_TYPES, 'AnswerType', 'Yes/no, a number, one of options, text.');

@ObjectType()
export class GuideQuestion {
  @Field({ description: 'Stable across versions; answers and results name it.' }) key!: string;
  @Field() text!: string;
  @Field(() => AnswerTypeEnum) answerType!: AnswerType;
  @Field(() => [String]) options!: string[];
  @Field(() => String, { nullable: true, description: 'The contract requirement the question checks.' })
  requirement!: string | null;
  @Field(() => String, { nullable: true, description: 'Asked only when this yes/no question was answered yes.' })
  askedWhenYes!: string | null;
}

/** One published version of a question guide (frågeguide); a follow-up keeps the version it used. */
@ObjectType({ description: 'A published version of a question guide (uppföljningsmall).' })
@Entity({ name: 'question_guide' })
@Index('question_guide_key_version_key', ['key', 'version'], { unique: true })
export class QuestionGuide {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'question_guide_pkey' })
  id!: string;

  @Field({ description: 'Names the guide across its versions.' })
  @Column({ type: 'text' })
  key!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  version!: number;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field(() => [GuideQuestion])
  @Column({ type: 'jsonb' })
  questions!: GuideQuestion[];

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
