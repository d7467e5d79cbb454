import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The unredacted text of a lex Sarah or lex Maria report, kept because the investigation
 * must be documented on the person; readable only by ADMIN and QUALITY_OFFICIAL.
 */
@Entity({ name: 'deviation_protected_text' })
export class DeviationProtectedText {
  @PrimaryColumn('uuid', { name: 'deviation_id', primaryKeyConstraintName: 'deviation_protected_text_pkey' })
  deviationId!: string;

  @Column({ type: 'text' })
  original!: string;
}
