import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, FindOptionsWhere, IsNull, Not } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { commonViolation, contractsViolation } from '@kvalitetsnav/codes';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { ChangeLogService } from '../change-log/change-log.service';
import { Provider } from '../providers/provider.entity';
import { Unit } from '../units/unit.entity';
import { StoredResponse, SupervisionCase } from './supervision-case.entity';
import {
  AddSupervisionResponseInput,
  CloseSupervisionCaseInput,
  MarkSupervisionResponseSentInput,
  RecordSupervisionDecisionInput,
  RegisterSupervisionCaseInput,
  SupervisionCaseFilter,
} from './supervision.inputs';
import { OverdueSupervisionResponse, SupervisionResponse } from './supervision.models';
import {
  closeViolations,
  decisionViolations,
  isOverdue,
  openedOnViolation,
  responseDueViolations,
  responseSentViolations,
} from './supervision-rules';

/** The register of IVO's and JO's cases: each change in one transaction, logged, on a locked row. */
@Injectable()
export class SupervisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changeLog: ChangeLogService,
  ) {}

  list(filter: SupervisionCaseFilter = {}): Promise<SupervisionCase[]> {
    const where: FindOptionsWhere<SupervisionCase> = {};
    if (filter.open !== undefined && filter.open !== null) where.closedOn = filter.open ? IsNull() : Not(IsNull());
    if (filter.providerId) where.providerId = filter.providerId;
    return this.dataSource
      .getRepository(SupervisionCase)
      .find({ where, order: { openedOn: 'DESC', caseNumber: 'ASC' } });
  }

  async one(id: string): Promise<SupervisionCase | null> {
    return this.dataSource.getRepository(SupervisionCase).findOneBy({ id });
  }

  responsesOf(found: SupervisionCase, today = stockholmToday()): SupervisionResponse[] {
    return found.responses.map((r) => ({ ...r, overdue: isOverdue(r, today) }));
  }

  /** Every open case's responses past their deadline, the oldest deadline first. */
  async overdue(today = stockholmToday()): Promise<OverdueSupervisionResponse[]> {
    const open = await this.list({ open: true });
    return open
      .flatMap((c) =>
        c.responses
          .filter((r) => isOverdue(r, today))
          .map((r) => ({
            caseId: c.id,
            authority: c.authority,
            caseNumber: c.caseNumber,
            providerId: c.providerId,
            unitId: c.unitId,
            responseId: r.id,
            required: r.required,
            dueOn: r.dueOn,
          })),
      )
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.caseNumber.localeCompare(b.caseNumber));
  }

  async register(
    input: RegisterSupervisionCaseInput,
    by: Identity,
    today = stockholmToday(),
  ): Promise<SupervisionCase> {
    const caseNumber = input.caseNumber.trim();
    const examined = input.examined.trim();
    refuseAll(
      [
        caseNumber ? null : commonViolation('REQUIRED', 'caseNumber'),
        examined ? null : commonViolation('REQUIRED', 'examined'),
        openedOnViolation(input.openedOn, today),
      ].filter((v) => v !== null),
    );
    return this.dataSource.transaction(async (manager) => {
      const providerId = await this.concerned(manager, input);
      // Taken under the advisory lock of the number, so two registrations of it cannot both pass.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `supervision:${input.authority}:${caseNumber}`,
      ]);
      if (await manager.existsBy(SupervisionCase, { authority: input.authority, caseNumber }))
        throw commonViolation('ALREADY_EXISTS', 'caseNumber', { entity: 'SUPERVISION_CASE', value: caseNumber });
      const created = manager.create(SupervisionCase, {
        id: randomUUID(),
        authority: input.authority,
        caseNumber,
        providerId,
        unitId: input.unitId ?? null,
        examined,
        openedOn: input.openedOn,
        decision: null,
        decidedOn: null,
        decisionText: null,
        responses: [],
        closedOn: null,
      });
      await manager.insert(SupervisionCase, created);
      await this.log(manager, created.id, 'CREATED', by, {
        authority: created.authority,
        caseNumber,
        providerId,
        unitId: created.unitId,
        openedOn: created.openedOn,
      });
      return created;
    });
  }

  addResponse(input: AddSupervisionResponseInput, by: Identity): Promise<SupervisionCase> {
    return this.change(input.caseId, by, (found) => {
      const required = input.required.trim();
      refuseAll([
        ...(required ? [] : [commonViolation('REQUIRED', 'required')]),
        ...responseDueViolations(found, input.dueOn),
      ]);
      const response: StoredResponse = { id: randomUUID(), required, dueOn: input.dueOn, sentOn: null };
      return { responses: [...found.responses, response], logged: { responseAdded: response } };
    });
  }

  markSent(input: MarkSupervisionResponseSentInput, by: Identity, today = stockholmToday()): Promise<SupervisionCase> {
    return this.change(input.caseId, by, (found) => {
      const response = found.responses.find((r) => r.id === input.responseId);
      if (!response)
        throw commonViolation('UNKNOWN', 'responseId', { entity: 'SUPERVISION_RESPONSE', ids: [input.responseId] });
      refuseAll(responseSentViolations(found, response, input.sentOn, today));
      return {
        responses: found.responses.map((r) => (r.id === response.id ? { ...r, sentOn: input.sentOn } : r)),
        logged: { responseSent: { id: response.id, sentOn: input.sentOn } },
      };
    });
  }

  recordDecision(input: RecordSupervisionDecisionInput, by: Identity, today = stockholmToday()) {
    return this.change(input.caseId, by, (found) => {
      refuseAll(decisionViolations(found, input.decidedOn, today));
      const fields = {
        decision: input.decision,
        decidedOn: input.decidedOn,
        decisionText: input.decisionText?.trim() || null,
      };
      return { ...fields, logged: fields };
    });
  }

  close(input: CloseSupervisionCaseInput, by: Identity, today = stockholmToday()): Promise<SupervisionCase> {
    return this.change(input.caseId, by, (found) => {
      refuseAll(closeViolations(found, input.closedOn, today));
      return { closedOn: input.closedOn, logged: { closedOn: input.closedOn } };
    });
  }

  /** Locks the case, lets `apply` check and compute the change, stores it with the version up and logs it. */
  private change(
    id: string,
    by: Identity,
    apply: (found: SupervisionCase) => Partial<SupervisionCase> & { logged: Record<string, unknown> },
  ): Promise<SupervisionCase> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(SupervisionCase, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw commonViolation('UNKNOWN', 'caseId', { entity: 'SUPERVISION_CASE', ids: [id] });
      const { logged, ...fields } = apply(found);
      const changed = { ...fields, version: found.version + 1 };
      await manager.update(SupervisionCase, { id }, changed);
      await this.log(manager, id, 'UPDATED', by, logged);
      return Object.assign(found, changed);
    });
  }

  /** The provider a case is about: the one given, or the unit's; a unit must be the provider's own. */
  private async concerned(manager: EntityManager, input: RegisterSupervisionCaseInput): Promise<string | null> {
    const provider = input.providerId ? await manager.findOneBy(Provider, { id: input.providerId }) : null;
    if (input.providerId && !provider)
      throw commonViolation('UNKNOWN', 'providerId', { entity: 'PROVIDER', ids: [input.providerId] });
    if (!input.unitId) return provider?.id ?? null;
    const unit = await manager.findOneBy(Unit, { id: input.unitId });
    if (!unit) throw commonViolation('UNKNOWN', 'unitId', { entity: 'UNIT', ids: [input.unitId] });
    if (provider && unit.providerId !== provider.id)
      throw contractsViolation('UNITS_OF_ANOTHER_PROVIDER', 'unitId', {
        ids: [unit.id],
        providerId: provider.id,
        providerName: provider.name,
      });
    return unit.providerId;
  }

  private log(
    manager: EntityManager,
    entityId: string,
    action: 'CREATED' | 'UPDATED',
    by: Identity,
    changes: Record<string, unknown>,
  ) {
    return this.changeLog.record(manager, { entityType: 'SUPERVISION_CASE', entityId, action, by, changes });
  }
}
