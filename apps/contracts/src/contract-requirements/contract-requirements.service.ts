import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { commonViolation, contractsViolation } from '@kvalitetsnav/codes';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { ChangeLogService } from '../change-log/change-log.service';
import { Contract } from '../contracts/contract.entity';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { QuestionGuide } from '../question-guides/question-guide.entity';
import { ThematicScope } from '../thematic-follow-ups/thematic-scope.entity';
import { UnitFinding } from '../thematic-follow-ups/unit-finding.entity';
import { Unit } from '../units/unit.entity';
import { ContractRequirement } from './contract-requirement.entity';
import {
  AddContractRequirementInput,
  RecordRequirementFindingInput,
  RequirementFields,
  UpdateContractRequirementInput,
} from './contract-requirements.inputs';
import { GuideAnswerToRequirement, JudgedRequirement, RequirementCheck } from './contract-requirements.models';
import { RequirementFinding } from './requirement-finding.entity';
import {
  changedSinceJudged,
  judgedOf,
  requirementOutcome,
  requirementViolations,
  unitOfKind,
  valueViolation,
} from './requirement-rules';

/** Statuses whose follow-up takes findings: fieldwork may start with what was read beforehand. */
const TAKES_FINDINGS = ['PLANNED', 'IN_PROGRESS', 'REPORTED'];

/** The requirement as stored; refused whole when its label or target is missing. */
function fieldsOf(input: RequirementFields) {
  const label = input.label.trim();
  const target = input.target ?? null;
  refuseAll([
    label ? null : commonViolation('REQUIRED', 'label'),
    target === null ? commonViolation('REQUIRED', 'target') : null,
  ]);
  return {
    key: input.key,
    label,
    kind: input.kind,
    comparison: input.comparison,
    target: target!,
    measureUnit: unitOfKind(input.kind, input.measureUnit),
  };
}

/** What a stored finding keeps of the requirement it was judged against. */
const judgedOfFinding = (f: RequirementFinding): JudgedRequirement => ({
  label: f.judgedLabel,
  comparison: f.judgedComparison,
  target: f.judgedTarget,
  measureUnit: f.judgedMeasureUnit,
  version: f.judgedVersion,
});

/** A contract's requirements, and what specific follow-ups of it found against them. */
@Injectable()
export class ContractRequirementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changeLog: ChangeLogService,
  ) {}

  of(contractId: string): Promise<ContractRequirement[]> {
    return this.dataSource
      .getRepository(ContractRequirement)
      .find({ where: { contractId }, order: { createdAt: 'ASC', key: 'ASC' } });
  }

  add(input: AddContractRequirementInput, by: Identity): Promise<ContractRequirement> {
    return this.dataSource.transaction(async (manager) => {
      // The contract's row is locked so two additions of one key cannot both pass the check.
      const contract = await manager.findOne(Contract, {
        where: { id: input.contractId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!contract) throw commonViolation('UNKNOWN', 'contractId', { entity: 'CONTRACT', ids: [input.contractId] });
      const fields = fieldsOf(input);
      refuseAll(requirementViolations(fields, await this.of(contract.id)));
      const created = manager.create(ContractRequirement, { id: randomUUID(), contractId: contract.id, ...fields });
      await manager.insert(ContractRequirement, created);
      await this.log(manager, contract.id, 'REQUIREMENT_ADDED', by, fields);
      return created;
    });
  }

  /**
   * Edits the requirement for the follow-ups to come. Findings already recorded keep the requirement
   * as they judged it (their report shows that it has changed since); recording a finding again
   * judges it against the requirement as it is then.
   */
  update(input: UpdateContractRequirementInput, by: Identity): Promise<ContractRequirement> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.locked(manager, input.requirementId);
      await manager.findOne(Contract, { where: { id: found.contractId }, lock: { mode: 'pessimistic_write' } });
      const fields = fieldsOf(input);
      refuseAll(requirementViolations(fields, await this.of(found.contractId), found.id));
      const changed = { ...fields, version: found.version + 1 };
      await manager.update(ContractRequirement, { id: found.id }, changed);
      const judged = await manager.countBy(RequirementFinding, { requirementId: found.id });
      await this.log(manager, found.contractId, 'REQUIREMENT_CHANGED', by, {
        ...fields,
        was: judgedOf(found),
        findingsKeepingWas: judged,
      });
      return Object.assign(found, changed);
    });
  }

  /** Only a requirement no follow-up has judged: a finding's report needs the requirement it was judged against. */
  remove(id: string, by: Identity): Promise<ContractRequirement> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.locked(manager, id);
      const findings = await manager.countBy(RequirementFinding, { requirementId: id });
      if (findings) throw contractsViolation('REQUIREMENT_HAS_FINDINGS', 'requirementId', { count: findings });
      await manager.delete(ContractRequirement, { id });
      await this.log(manager, found.contractId, 'REQUIREMENT_REMOVED', by, { key: found.key, label: found.label });
      return found;
    });
  }

  recordFinding(input: RecordRequirementFindingInput, by: Identity): Promise<RequirementCheck> {
    return this.dataSource.transaction(async (manager) => {
      const followUp = await manager.findOne(FollowUp, {
        where: { id: input.followUpId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!followUp) throw commonViolation('UNKNOWN', 'followUpId', { entity: 'FOLLOW_UP', ids: [input.followUpId] });
      if (!TAKES_FINDINGS.includes(followUp.status))
        throw contractsViolation('REQUIREMENT_FINDING_CLOSED', undefined, { status: followUp.status });
      const requirement = await manager.findOneBy(ContractRequirement, { id: input.requirementId });
      if (!requirement)
        throw commonViolation('UNKNOWN', 'requirementId', {
          entity: 'CONTRACT_REQUIREMENT',
          ids: [input.requirementId],
        });
      if (requirement.contractId !== followUp.contractId)
        throw contractsViolation('REQUIREMENT_OF_ANOTHER_CONTRACT', 'requirementId');
      const measured = input.measured ?? null;
      refuseAll([measured === null ? null : valueViolation(requirement.kind, measured, 'measured')]);
      const judged = { ...judgedOf(requirement), version: requirement.version };
      const finding = {
        followUpId: followUp.id,
        requirementId: requirement.id,
        measured,
        note: input.note?.trim() || null,
        judgedLabel: judged.label,
        judgedComparison: judged.comparison,
        judgedTarget: judged.target,
        judgedMeasureUnit: judged.measureUnit,
        judgedVersion: judged.version,
      };
      await manager.upsert(RequirementFinding, finding, ['followUpId', 'requirementId']);
      await this.changeLog.record(manager, {
        entityType: 'FOLLOW_UP',
        entityId: followUp.id,
        action: 'REQUIREMENT_FINDING',
        by,
        changes: { key: requirement.key, measured: finding.measured, note: finding.note, judged },
      });
      return {
        requirement,
        measured,
        note: finding.note,
        judged,
        changedSinceJudged: false,
        outcome: requirementOutcome(judged, measured),
        guideAnswers: [],
      };
    });
  }

  /** Every requirement of the follow-up's contract against what the follow-up found; none without a contract. */
  async checks(followUp: Pick<FollowUp, 'id' | 'contractId'>): Promise<RequirementCheck[]> {
    if (!followUp.contractId) return [];
    const requirements = await this.of(followUp.contractId);
    if (!requirements.length) return [];
    const findings = await this.dataSource.getRepository(RequirementFinding).findBy({ followUpId: followUp.id });
    const answers = await this.guideAnswers(followUp.contractId, requirements);
    return requirements.map((requirement) => {
      const found = findings.find((f) => f.requirementId === requirement.id);
      const measured = found?.measured ?? null;
      const judged = found ? judgedOfFinding(found) : null;
      return {
        requirement,
        measured,
        note: found?.note ?? null,
        judged,
        changedSinceJudged: judged ? changedSinceJudged(judged, requirement) : false,
        // The finding is against the requirement as judged, never as edited afterwards.
        outcome: requirementOutcome(judged ?? requirement, measured),
        guideAnswers: answers.get(requirement.key) ?? [],
      };
    });
  }

  /**
   * The numeric answers the contract's units gave in thematic rounds to a guide question naming a
   * requirement's key, by key: the round's answer beside the specific follow-up's finding.
   */
  private async guideAnswers(
    contractId: string,
    requirements: readonly ContractRequirement[],
  ): Promise<Map<string, GuideAnswerToRequirement[]>> {
    const result = new Map<string, GuideAnswerToRequirement[]>();
    const keys = new Set(requirements.map((r) => r.key));
    const guides = (await this.dataSource.getRepository(QuestionGuide).find()).filter((g) =>
      g.questions.some((q) => q.answerType === 'NUMBER' && q.requirement && keys.has(q.requirement.trim())),
    );
    if (!guides.length) return result;
    const contract = await this.dataSource
      .getRepository(Contract)
      .findOne({ where: { id: contractId }, relations: { units: true } });
    const unitIds = contract?.units?.map((u) => u.id) ?? [];
    const scopes = await this.dataSource.getRepository(ThematicScope).findBy({ guideId: In(guides.map((g) => g.id)) });
    if (!unitIds.length || !scopes.length) return result;
    const findings = await this.dataSource.getRepository(UnitFinding).findBy({
      followUpId: In(scopes.map((s) => s.followUpId)),
      unitId: In(unitIds),
    });
    const rounds = await this.dataSource.getRepository(FollowUp).findBy({ id: In(scopes.map((s) => s.followUpId)) });
    const units = await this.dataSource.getRepository(Unit).findBy({ id: In(unitIds) });
    for (const finding of findings) {
      const scope = scopes.find((s) => s.followUpId === finding.followUpId)!;
      const guide = guides.find((g) => g.id === scope.guideId)!;
      for (const q of guide.questions) {
        const requirement = requirements.find((r) => r.key === q.requirement?.trim());
        const answer = finding.answers.find((a) => a.questionKey === q.key);
        if (!requirement || q.answerType !== 'NUMBER' || !answer) continue;
        const value = Number(answer.value);
        result.set(requirement.key, [
          ...(result.get(requirement.key) ?? []),
          {
            followUpTitle: rounds.find((f) => f.id === finding.followUpId)?.title ?? '',
            questionText: q.text,
            unitName: units.find((u) => u.id === finding.unitId)?.name ?? '',
            value,
            outcome: requirementOutcome(requirement, value),
          },
        ]);
      }
    }
    return result;
  }

  private async locked(manager: EntityManager, id: string): Promise<ContractRequirement> {
    const found = await manager.findOne(ContractRequirement, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw commonViolation('UNKNOWN', 'requirementId', { entity: 'CONTRACT_REQUIREMENT', ids: [id] });
    return found;
  }

  private log(
    manager: EntityManager,
    contractId: string,
    action: string,
    by: Identity,
    changes: Record<string, unknown>,
  ) {
    return this.changeLog.record(manager, { entityType: 'CONTRACT', entityId: contractId, action, by, changes });
  }
}
