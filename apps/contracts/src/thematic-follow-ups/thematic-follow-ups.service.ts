import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { commonViolation, contractsViolation } from '@kvalitetsnav/codes';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import { Provider } from '../providers/provider.entity';
import { QuestionGuide } from '../question-guides/question-guide.entity';
import { ServiceArea } from '../service-areas/service-area.entity';
import { Unit } from '../units/unit.entity';
import { FollowUpLink } from './follow-up-link.entity';
import { ThematicScope } from './thematic-scope.entity';
import { UnitFinding } from './unit-finding.entity';
import { answerViolations, thematicResults } from './thematic-rules';
import {
  CreateThematicFollowUpInput,
  RecordUnitFindingsInput,
  StartSpecificFollowUpsInput,
} from './thematic-follow-ups.inputs';
import { ThematicFollowUp } from './thematic-follow-ups.models';

@Injectable()
export class ThematicFollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly followUps: FollowUpsService,
  ) {}

  create(input: CreateThematicFollowUpInput, by: Identity): Promise<ThematicFollowUp> {
    return this.dataSource
      .transaction(async (manager) => {
        const guide = await manager.findOneBy(QuestionGuide, { id: input.guideId });
        if (!guide) throw commonViolation('UNKNOWN', 'guideId', { entity: 'QUESTION_GUIDE', ids: [input.guideId] });
        const area = input.scopeKind === 'SERVICE_AREA' ? (input.serviceArea ?? '') : null;
        if (area !== null && !(await manager.existsBy(ServiceArea, { code: area })))
          throw commonViolation('UNKNOWN', 'serviceArea', { entity: 'SERVICE_AREA', ids: [area] });
        const units =
          input.scopeKind === 'ALL_UNITS'
            ? await manager.find(Unit)
            : input.scopeKind === 'SERVICE_AREA'
              ? await manager.findBy(Unit, { serviceArea: area ?? '' })
              : await manager.findBy(Unit, { id: In(input.unitIds ?? []) });
        const missing = (input.unitIds ?? []).filter((id) => !units.some((u) => u.id === id));
        if (input.scopeKind === 'CHOSEN_UNITS' && missing.length)
          throw commonViolation('UNKNOWN', 'unitIds', { entity: 'UNIT', ids: missing });
        if (units.length === 0) refuseAll([contractsViolation('SCOPE_EMPTY', 'scopeKind')]);
        const followUp = await this.followUps.createIn(
          manager,
          {
            type: input.type,
            title: input.title,
            purpose: input.purpose,
            plannedOn: input.plannedOn,
            responsible: input.responsible,
          },
          by,
        );
        await manager.insert(ThematicScope, {
          followUpId: followUp.id,
          guideId: guide.id,
          scopeKind: input.scopeKind,
          serviceArea: area,
          unitIds: units.map((u) => u.id),
        });
        return followUp.id;
      })
      .then((id) => this.find(id) as Promise<ThematicFollowUp>);
  }

  private async scopeOf(manager: EntityManager, followUpId: string) {
    const scope = await manager.findOneBy(ThematicScope, { followUpId });
    if (!scope) {
      const exists = await manager.existsBy(FollowUp, { id: followUpId });
      if (!exists) throw commonViolation('UNKNOWN', 'followUpId', { entity: 'FOLLOW_UP', ids: [followUpId] });
      refuseAll([contractsViolation('NOT_THEMATIC', 'followUpId')]);
    }
    return scope!;
  }

  async recordFindings(input: RecordUnitFindingsInput): Promise<ThematicFollowUp> {
    await this.dataSource.transaction(async (manager) => {
      const scope = await this.scopeOf(manager, input.followUpId);
      if (!scope.unitIds.includes(input.unitId)) refuseAll([contractsViolation('UNIT_OUTSIDE_SCOPE', 'unitId')]);
      const guide = await manager.findOneByOrFail(QuestionGuide, { id: scope.guideId });
      const answers = input.answers.map((a) => ({ questionKey: a.questionKey, value: a.value.trim() }));
      refuseAll(answerViolations(guide.questions, answers));
      await manager.upsert(UnitFinding, { followUpId: scope.followUpId, unitId: input.unitId, answers }, [
        'followUpId',
        'unitId',
      ]);
    });
    return (await this.find(input.followUpId))!;
  }

  async startSpecific(input: StartSpecificFollowUpsInput, by: Identity): Promise<FollowUp[]> {
    return this.dataSource.transaction(async (manager) => {
      const scope = await this.scopeOf(manager, input.followUpId);
      const parent = await manager.findOneByOrFail(FollowUp, { id: input.followUpId });
      const children: FollowUp[] = [];
      for (const [i, unitId] of input.unitIds.entries()) {
        if (!scope.unitIds.includes(unitId)) refuseAll([contractsViolation('UNIT_OUTSIDE_SCOPE', `unitIds.${i}`)]);
        const [row] = (await manager.query(
          `SELECT cu.contract_id AS "contractId", u.name FROM contract_unit cu JOIN contract c ON c.id = cu.contract_id
           JOIN unit u ON u.id = cu.unit_id WHERE cu.unit_id = $1 ORDER BY c.end_date DESC NULLS FIRST LIMIT 1`,
          [unitId],
        )) as { contractId: string; name: string }[];
        if (!row) refuseAll([contractsViolation('UNIT_WITHOUT_CONTRACT', `unitIds.${i}`)]);
        const child = await this.followUps.createIn(
          manager,
          {
            type: 'SPECIFIC',
            title: `${parent.title}: ${row.name}`,
            purpose: parent.purpose,
            contractId: row.contractId,
            plannedOn: input.plannedOn,
          },
          by,
        );
        await manager.insert(FollowUpLink, { childId: child.id, parentId: parent.id, unitId });
        children.push(child);
      }
      return children;
    });
  }

  async parentOf(followUpId: string): Promise<string | null> {
    return (await this.dataSource.getRepository(FollowUpLink).findOneBy({ childId: followUpId }))?.parentId ?? null;
  }

  async find(followUpId: string): Promise<ThematicFollowUp | null> {
    const manager = this.dataSource.manager;
    const scope = await manager.findOneBy(ThematicScope, { followUpId });
    if (!scope) return null;
    const followUp = await manager.findOneByOrFail(FollowUp, { id: followUpId });
    const guide = await manager.findOneByOrFail(QuestionGuide, { id: scope.guideId });
    const units = await manager.find(Unit, { where: { id: In(scope.unitIds) }, order: { name: 'ASC' } });
    const providers = await manager.findBy(Provider, { id: In([...new Set(units.map((u) => u.providerId))]) });
    const providerName = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
    const findings = await manager.findBy(UnitFinding, { followUpId });
    const facts = units.map((u) => ({ unitId: u.id, providerId: u.providerId, serviceArea: u.serviceArea }));
    const earlier = await this.earlierRound(manager, followUp, guide);
    const links = await manager.findBy(FollowUpLink, { parentId: followUpId });
    return {
      followUp,
      guide,
      scopeKind: scope.scopeKind,
      serviceArea: scope.serviceArea,
      units: units.map((u) => ({
        unitId: u.id,
        name: u.name,
        providerId: u.providerId,
        providerName: providerName(u.providerId),
        serviceArea: u.serviceArea,
        answers: findings.find((f) => f.unitId === u.id)?.answers ?? null,
      })),
      results: thematicResults(guide.questions, facts, findings, earlier).map((r) => ({
        ...r,
        byProvider: r.byProvider.map((p) => ({ ...p, providerName: providerName(p.providerId) })),
        previous: r.previous && earlier ? { followUpId: earlier.followUpId, yes: r.previous.yes } : null,
      })),
      children: links.length
        ? await manager.find(FollowUp, { where: { id: In(links.map((l) => l.childId)) }, order: { title: 'ASC' } })
        : [],
    };
  }

  /** The previous follow-up that used a version of the same guide (by its key), planned before this one. */
  private async earlierRound(manager: EntityManager, followUp: FollowUp, guide: QuestionGuide) {
    const [row] = (await manager.query(
      `SELECT s.follow_up_id AS "followUpId" FROM thematic_scope s JOIN question_guide g ON g.id = s.guide_id
       JOIN follow_up f ON f.id = s.follow_up_id
       WHERE g.key = $1 AND f.id <> $2 AND (f.planned_on, f.created_at) < ($3::date, $4::timestamptz)
       ORDER BY f.planned_on DESC, f.created_at DESC LIMIT 1`,
      [guide.key, followUp.id, followUp.plannedOn, followUp.createdAt],
    )) as { followUpId: string }[];
    if (!row) return null;
    const scope = await manager.findOneByOrFail(ThematicScope, { followUpId: row.followUpId });
    const before = await manager.findOneByOrFail(QuestionGuide, { id: scope.guideId });
    const units = await manager.findBy(Unit, { id: In(scope.unitIds) });
    return {
      followUpId: row.followUpId,
      questions: before.questions,
      units: units.map((u) => ({ unitId: u.id, providerId: u.providerId, serviceArea: u.serviceArea })),
      findings: await manager.findBy(UnitFinding, { followUpId: row.followUpId }),
    };
  }
}
