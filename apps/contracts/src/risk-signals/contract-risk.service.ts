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
import { CoverageFollowUp, iopWithoutFollowUp } from '../follow-up-coverage/coverage-rules';
import { CaseConcerns, openCasesConcerning } from '../supervision/supervision-rules';

export interface ContractForRisk {
  id: string;
  providerId: string;
  startDate: string;
  form?: string;
  endDate?: string | null;
  terminatedOn?: string | null;
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
    const [signals, businessReported, staffingReported, caseFlows, supervision] = await Promise.all([
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
      this.dataSource.query(
        `SELECT provider_id AS "providerId", unit_id AS "unitId", to_char(opened_on, 'YYYY-MM-DD') AS "openedOn",
                to_char(closed_on, 'YYYY-MM-DD') AS "closedOn"
           FROM supervision_case WHERE (closed_on IS NULL OR closed_on > $3) AND opened_on <= $3
            AND (unit_id = ANY($1) OR (unit_id IS NULL AND provider_id = ANY($2)))`,
        [unitIds, [...new Set(contracts.map((c) => c.providerId))], asOf],
      ) as Promise<CaseConcerns[]>,
    ]);
    const iopLate = await this.iopNotFollowedUp(contracts, asOf);
    const caseFlowMonths = new Map<string, Set<string>>();
    for (const r of caseFlows) caseFlowMonths.set(r.unit_id, (caseFlowMonths.get(r.unit_id) ?? new Set()).add(r.month));
    const onFile = { businessReported, staffingReported, caseFlowMonths };
    for (const contract of contracts) {
      const units = links.filter((l) => l.contract_id === contract.id).map((l) => l.unit_id);
      const own = signals
        .filter((s) => units.includes(s.unit_id))
        .map((s) => ({ kind: s.kind, occurredOn: s.occurred_on, value: s.value }));
      const supervised = openCasesConcerning(supervision, { providerId: contract.providerId, unitIds: units }, asOf);
      result.set(
        contract.id,
        assessRisk(own, missingReports(contract, units, onFile, asOf), asOf, supervised, iopLate.has(contract.id)),
      );
    }
    return result;
  }

  /** The IOP contracts among them whose yearly follow-up is overdue on `asOf` (coverage-rules). */
  private async iopNotFollowedUp(contracts: ContractForRisk[], asOf: string): Promise<Set<string>> {
    const iop = contracts.filter((c) => c.form === 'IOP');
    if (!iop.length) return new Set();
    const followUps: CoverageFollowUp[] = await this.dataSource.query(
      `SELECT id, type, status, to_char(reported_on, 'YYYY-MM-DD') AS "reportedOn",
              to_char(closed_on, 'YYYY-MM-DD') AS "closedOn", contract_id AS "contractId", '[]'::jsonb AS "answeredUnitIds"
         FROM follow_up WHERE contract_id = ANY($1) AND status IN ('REPORTED', 'CLOSED')`,
      [iop.map((c) => c.id)],
    );
    const flags = iopWithoutFollowUp(
      iop.map((c) => ({
        contractId: c.id,
        form: 'IOP',
        startDate: c.startDate,
        endDate: c.endDate ?? null,
        terminatedOn: c.terminatedOn ?? null,
      })),
      followUps,
      asOf,
    );
    return new Set(flags.map((f) => f.contractId));
  }

  private async unitSet(sql: string, params: unknown[]): Promise<Set<string>> {
    const rows: { unit_id: string }[] = await this.dataSource.query(sql, params);
    return new Set(rows.map((r) => r.unit_id));
  }
}
