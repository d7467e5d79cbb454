import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique } from 'typeorm';

/**
 * The code of a unit's answer link in a round. The code itself is kept (not a hash) because
 * officials hand the link out again during the round; it is random and unique, never derived
 * from the round or the unit.
 */
@Entity({ name: 'survey_answer_link' })
@Unique('survey_answer_link_code_key', ['code'])
export class SurveyAnswerLink {
  @PrimaryColumn('uuid', { name: 'round_id', primaryKeyConstraintName: 'survey_answer_link_pkey' })
  roundId!: string;

  @PrimaryColumn('uuid', { name: 'unit_id', primaryKeyConstraintName: 'survey_answer_link_pkey' })
  unitId!: string;

  @Column({ type: 'text' })
  code!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
