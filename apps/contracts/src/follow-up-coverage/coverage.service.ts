import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { Contract } from '../contracts/contract.entity';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { Provider } from '../providers/provider.entity';
import { UnitFinding } from '../thematic-follow-ups/unit-finding.entity';
import { Unit } from '../units/unit.entity';
import {
  CoverageFollowUp,
  CoverageUnit,
  DONE_STATUSES,
  iopWithoutFollowUp,
  ROUND_TYPES,
  structuralCoverage,
} from './coverage-rules';
import { FollowUpCoverage, IopWithoutFollowUp } from './coverage.models';

/** Reads what the coverage rules need: contracts with their units, done follow-ups, answered units. */
@Injectable()
export class CoverageService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async coverage(year: number, asOf = stockholmToday()): Promise<FollowUpCoverage> {
    const [contracts, followUps, providers] = await Promise.all([
      this.contracts(),
      this.doneFollowUps(),
      this.providers(),
    ]);
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const inForce = contracts.filter(
      (c) => c.startDate <= to && (!c.endDate || c.endDate >= from) && (!c.terminatedOn || c.terminatedOn > from),
    );
    const units = new Map<string, { unit: Unit; contractIds: string[] }>();
    for (const c of inForce)
      for (const unit of c.units ?? [])
        units.set(unit.id, { unit, contractIds: [...(units.get(unit.id)?.contractIds ?? []), c.id] });
    const sorted = [...units.values()].sort(
      (a, b) =>
        (providers.get(a.unit.providerId) ?? '').localeCompare(providers.get(b.unit.providerId) ?? '', 'sv') ||
        a.unit.name.localeCompare(b.unit.name, 'sv'),
    );
    const facts: CoverageUnit[] = sorted.map(({ unit, contractIds }) => ({
      unitId: unit.id,
      providerId: unit.providerId,
      serviceArea: unit.serviceArea,
      contractIds,
    }));
    const result = structuralCoverage(facts, followUps, year);
    return {
      year,
      asOf,
      numerator: result.numerator,
      denominator: result.denominator,
      byServiceArea: result.byServiceArea.map((c) => ({
        serviceArea: c.key,
        numerator: c.numerator,
        denominator: c.denominator,
      })),
      byProvider: result.byProvider
        .map((c) => ({ providerId: c.key, providerName: providers.get(c.key) ?? '', ...c }))
        .map(({ key: _key, ...rest }) => rest)
        .sort((a, b) => a.providerName.localeCompare(b.providerName, 'sv')),
      uncoveredUnits: result.uncoveredUnitIds.map((id) => {
        const { unit } = units.get(id)!;
        return {
          unitId: id,
          unitName: unit.name,
          serviceArea: unit.serviceArea,
          providerId: unit.providerId,
          providerName: providers.get(unit.providerId) ?? '',
        };
      }),
      iopWithoutFollowUp: this.iopFlags(contracts, followUps, providers, asOf),
    };
  }

  async iopWithoutFollowUp(asOf = stockholmToday()): Promise<IopWithoutFollowUp[]> {
    const [contracts, followUps, providers] = await Promise.all([
      this.dataSource.getRepository(Contract).find({ where: { form: 'IOP' } }),
      this.doneFollowUps(),
      this.providers(),
    ]);
    return this.iopFlags(contracts, followUps, providers, asOf);
  }

  private iopFlags(
    contracts: readonly Contract[],
    followUps: readonly CoverageFollowUp[],
    providers: ReadonlyMap<string, string>,
    asOf: string,
  ): IopWithoutFollowUp[] {
    const flags = iopWithoutFollowUp(
      contracts.map((c) => ({ ...c, contractId: c.id })),
      followUps,
      asOf,
    );
    return flags
      .map((f) => {
        const c = contracts.find((x) => x.id === f.contractId)!;
        return {
          ...f,
          reference: c.reference,
          title: c.title,
          providerId: c.providerId,
          providerName: providers.get(c.providerId) ?? '',
        };
      })
      .sort((a, b) => a.dueSince.localeCompare(b.dueSince) || a.reference.localeCompare(b.reference));
  }

  private contracts(): Promise<Contract[]> {
    return this.dataSource.getRepository(Contract).find({ relations: { units: true } });
  }

  private async providers(): Promise<Map<string, string>> {
    const all = await this.dataSource.getRepository(Provider).find({ select: { id: true, name: true } });
    return new Map(all.map((p) => [p.id, p.name]));
  }

  /** Follow-ups reported or closed, with the units answered in the rounds among them. */
  private async doneFollowUps(): Promise<CoverageFollowUp[]> {
    const done = await this.dataSource.getRepository(FollowUp).find({ where: { status: In([...DONE_STATUSES]) } });
    const rounds = done.filter((f) => ROUND_TYPES.includes(f.type)).map((f) => f.id);
    const answered = rounds.length
      ? await this.dataSource
          .getRepository(UnitFinding)
          .find({ select: { followUpId: true, unitId: true }, where: { followUpId: In(rounds) } })
      : [];
    return done.map((f) => ({
      id: f.id,
      type: f.type,
      status: f.status,
      reportedOn: f.reportedOn,
      closedOn: f.closedOn,
      contractId: f.contractId,
      answeredUnitIds: answered.filter((a) => a.followUpId === f.id).map((a) => a.unitId),
    }));
  }
}
