import { Entity, PrimaryColumn } from 'typeorm';

/** A month a unit reported its case flows to forecasting; gaps count as missing reports. */
@Entity({ name: 'case_flow_month' })
export class CaseFlowMonth {
  @PrimaryColumn('uuid', { name: 'unit_id', primaryKeyConstraintName: 'case_flow_month_pkey' })
  unitId!: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'case_flow_month_pkey' })
  month!: string;
}
