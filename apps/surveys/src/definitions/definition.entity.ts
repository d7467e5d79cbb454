import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique } from 'typeorm';
import { registerStringEnum } from '@kvalitetsnav/service-kit';

export const SURVEY_KINDS = ['USER_SURVEY', 'END_OF_INTERVENTION'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];
export const SurveyKindEnum = registerStringEnum(
  SURVEY_KINDS,
  'SurveyKind',
  'A user survey (brukarundersökning) or an end-of-intervention client survey.',
);

@ObjectType()
export class AnswerOption {
  @Field({ description: 'Stable code, e.g. YES, SOMETIMES, DONT_KNOW.' }) code!: string;
  @Field({ description: 'The wording respondents see.' }) label!: string;
  @Field({ description: 'Counts as a positive answer.' }) positive!: boolean;
  @Field({ description: '"Vet inte", "vill inte svara", "inte aktuellt": left out of the share-positive base.' })
  nonSubstantive!: boolean;
}

@ObjectType({ description: "A service area's own Kolada KPI for a question, e.g. group homes' and service homes'." })
export class KoladaKpiForArea {
  @Field({ description: 'The service area code, as a round unit has it (e.g. LSS_GROUP_HOME).' }) serviceArea!: string;
  @Field({ description: 'The Kolada KPI with the national figure for this question in that area.' }) kpi!: string;
}

@ObjectType()
export class SurveyQuestion {
  @Field({ description: 'Stable id within the definition, e.g. Q1.' }) id!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true, description: 'The Kolada KPI with the national figure for this question.' })
  koladaKpi?: string | null;
  @Field(() => [KoladaKpiForArea], {
    description: 'Per service area, its own Kolada KPI: the national figure of results grouped by SERVICE_AREA.',
  })
  koladaKpiByServiceArea?: KoladaKpiForArea[];
  @Field(() => [AnswerOption]) options!: AnswerOption[];
}

/** A survey's questions and answer scales; changing them makes a new version. */
@ObjectType({ description: 'A survey definition: questions, answer scales and which answers are positive.' })
@Entity({ name: 'survey_definition' })
@Unique('survey_definition_code_version_key', ['code', 'version'])
export class SurveyDefinition {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'survey_definition_pkey' })
  id!: string;

  @Field({ description: 'Stable code shared by all versions, e.g. SKR_LSS_GROUP_HOME.' })
  @Column({ type: 'text' })
  code!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  version!: number;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => SurveyKindEnum)
  @Column({ type: 'text' })
  kind!: SurveyKind;

  @Field({ description: 'Answered with picture support (bildstöd), e.g. on a tablet.' })
  @Column({ name: 'picture_supported', type: 'boolean' })
  pictureSupported!: boolean;

  @Field(() => [SurveyQuestion])
  @Column({ type: 'jsonb' })
  questions!: SurveyQuestion[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
