import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  assessRisk,
  missingReports,
  reportPeriodsChecked,
  RiskAssessment,
  riskWindow,
  Signal,
} from '../planning/risk-rules';

export interface ContractForRisk {
  id: string;
  startDate: string;
}

/** Gathers each contract's signals and missing reports and scores them with `assessRisk`. */
@Injectable()
export class ContractRiskService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assess(contracts: ContractForRisk[], asOf: string): Promise<Map<string, RiskAssessment>> {
    const result = new Map<string, RiskAssessment>();
    if (!contracts.length) return result;
    const ids = contracts.map((c) => c.id);
    const links: { contract_id: string; unit_id: string }[] = await this.dataSource.query(
      `SELECT contract_id, unit_id FROM contract_unit WHERE contract_id = ANY($1)`,
      [ids],
    );
    const unitIds = [...new Set(links.map((l) => l.unit_id))];
    const { from, to } = riskWindow(asOf);
    const { businessYear, staffingHalf } = reportPeriodsChecked(asOf);
    const [signals, businessReported, staffingReported, caseFlows] = await Promise.all([
      this.dataSource.query(
        `SELECT unit_id, kind, to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, value FROM risk_signal WHERE unit_id = ANY($1) AND occurred_on BETWEEN $2 AND $3`,
        [unitIds, from, to],
      ) as Promise<{ unit_id: string; kind: Signal['kind']; occurred_on: string; value: number | null }[]>,
      this.unitSet(`SELECT DISTINCT unit_id FROM business_report WHERE unit_id = ANY($1) AND year = $2`, [
        unitIds,
        businessYear,
      ]),
      this.unitSet(`SELECT DISTINCT unit_id FROM staffing_report WHERE unit_id = ANY($1) AND year = $2 AND half = $3`, [
        unitIds,
        staffingHalf.year,
        staffingHalf.half,
      ]),
      this.dataSource.query(`SELECT unit_id, month FROM case_flow_month WHERE unit_id = ANY($1)`, [unitIds]) as Promise<
        { unit_id: string; month: string }[]
      >,
    ]);
    const caseFlowMonths = new Map<string, Set<string>>();
    for (const r of caseFlows) caseFlowMonths.set(r.unit_id, (caseFlowMonths.get(r.unit_id) ?? new Set()).add(r.month));
    const onFile = { businessReported, staffingReported, caseFlowMonths };
    for (const contract of contracts) {
      const units = links.filter((l) => l.contract_id === contract.id).map((l) => l.unit_id);
      const own = signals
        .filter((s) => units.includes(s.unit_id))
        .map((s) => ({ kind: s.kind, occurredOn: s.occurred_on, value: s.value }));
      result.set(contract.id, assessRisk(own, missingReports(contract, units, onFile, asOf), asOf));
    }
    return result;
  }

  private async unitSet(sql: string, params: unknown[]): Promise<Set<string>> {
    const rows: { unit_id: string }[] = await this.dataSource.query(sql, params);
    return new Set(rows.map((r) => r.unit_id));
  }
}
