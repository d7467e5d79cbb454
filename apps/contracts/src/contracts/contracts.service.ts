import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { canSeeRow, Identity, NO_ROWS, providerFilter } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { commonViolation } from '@kvalitetsnav/codes';
import { ContractEventV1 } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import { byIdLoader, LoaderContext, refuseAll } from '@kvalitetsnav/service-kit';
import { defaultContractBoard } from '../boards/board-rules';
import { BoardsService } from '../boards/boards.service';
import { ChangeLogService } from '../change-log/change-log.service';
import { needsNewStartFollowUp, newStartFollowUpDate } from '../follow-ups/follow-up-workflow-rules';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import { Provider } from '../providers/provider.entity';
import { Unit } from '../units/unit.entity';
import { Contract } from './contract.entity';
import { changesOf } from '../change-log/change-rules';
import { editedPeriodViolation, periodViolation, terminationViolation, unitsViolation } from './contract-status-rules';
import { CreateContractInput, TerminateContractInput, UpdateContractInput } from './contracts.inputs';

@Injectable()
export class ContractsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly changeLog: ChangeLogService,
    private readonly followUps: FollowUpsService,
    private readonly boards: BoardsService,
  ) {}

  list(identity: Identity, providerId?: string): Promise<Contract[]> {
    const filter = providerFilter(identity, providerId);
    if (filter === NO_ROWS) return Promise.resolve([]);
    return this.dataSource
      .getRepository(Contract)
      .find({ where: filter ? { providerId: filter } : {}, order: { startDate: 'DESC', reference: 'ASC' } });
  }

  /** The contract, or null as for an unknown id when the caller may not see it. */
  async findVisible(id: string, identity: Identity): Promise<Contract | null> {
    const contract = await this.dataSource.getRepository(Contract).findOneBy({ id });
    return contract && canSeeRow(identity, contract.providerId) ? contract : null;
  }

  /** By id, in one query with every other contract the same request asks for. */
  load(context: LoaderContext, id: string): Promise<Contract | null> {
    return byIdLoader(context, 'contracts', (ids) =>
      this.dataSource.getRepository(Contract).findBy({ id: In(ids) }),
    ).load(id);
  }

  unitsOf(contractId: string): Promise<Unit[]> {
    return this.dataSource
      .getRepository(Unit)
      .createQueryBuilder('unit')
      .innerJoin('contract_unit', 'cu', 'cu.unit_id = unit.id')
      .where('cu.contract_id = :contractId', { contractId })
      .orderBy('unit.name')
      .getMany();
  }

  async create(input: CreateContractInput, by: Identity): Promise<Contract> {
    refuseAll([periodViolation(input.startDate, input.endDate)]);
    const unitIds = [...new Set(input.unitIds)];
    const reference = input.reference.trim();
    return this.dataSource.transaction(async (manager) => {
      const provider = await manager.findOneBy(Provider, { id: input.providerId });
      if (!provider) throw commonViolation('UNKNOWN', 'providerId', { entity: 'PROVIDER', ids: [input.providerId] });
      const units = unitIds.length ? await manager.findBy(Unit, { id: In(unitIds) }) : [];
      refuseAll([unitsViolation(unitIds, units, provider)]);
      if (await manager.existsBy(Contract, { reference }))
        throw commonViolation('ALREADY_EXISTS', 'reference', { entity: 'CONTRACT', value: reference });
      await this.boards.knownBoard(manager, input.boardId);
      const contract = manager.create(Contract, {
        boardId: input.boardId ?? defaultContractBoard(units),
        id: randomUUID(),
        reference,
        title: input.title.trim(),
        form: input.form,
        providerId: provider.id,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        terminatedOn: null,
        terminationReason: null,
        version: 1,
        units,
      });
      await manager.save(Contract, contract);
      await this.changeLog.record(manager, {
        entityType: 'CONTRACT',
        entityId: contract.id,
        action: 'CREATED',
        by,
        changes: { ...input, unitIds, boardId: contract.boardId },
      });
      await this.publish(manager, contract, unitIds, 'ContractCreated');
      if (needsNewStartFollowUp(contract.startDate, stockholmToday())) {
        const plannedOn = newStartFollowUpDate(contract.startDate);
        await this.followUps.createIn(
          manager,
          {
            type: 'NEW_START',
            title: `Nystartsuppföljning ${contract.reference}`,
            purpose: 'Uppföljning cirka sex månader efter avtalsstart',
            contractId: contract.id,
            plannedOn,
          },
          by,
        );
      }
      return contract;
    });
  }

  async terminate(input: TerminateContractInput, by: Identity): Promise<Contract> {
    return this.dataSource.transaction(async (manager) => {
      // Locked, so two officials terminating at once cannot both succeed.
      const contract = await manager.findOne(Contract, {
        where: { id: input.contractId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!contract) throw commonViolation('UNKNOWN', 'contractId', { entity: 'CONTRACT', ids: [input.contractId] });
      refuseAll([terminationViolation(contract, input.terminatedOn)]);
      contract.terminatedOn = input.terminatedOn;
      contract.terminationReason = input.reason.trim();
      contract.version += 1;
      await manager.update(
        Contract,
        { id: contract.id },
        {
          terminatedOn: contract.terminatedOn,
          terminationReason: contract.terminationReason,
          version: contract.version,
        },
      );
      await this.changeLog.record(manager, {
        entityType: 'CONTRACT',
        entityId: contract.id,
        action: 'TERMINATED',
        by,
        changes: { terminatedOn: input.terminatedOn, reason: contract.terminationReason },
      });
      await this.publish(manager, contract, await this.unitIdsOf(manager, contract.id), 'ContractTerminated');
      return contract;
    });
  }

  async update(input: UpdateContractInput, by: Identity): Promise<Contract> {
    return this.dataSource.transaction(async (manager) => {
      // Locked, so an edit and a termination at once cannot both succeed on what the other changed.
      const contract = await manager.findOne(Contract, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!contract) throw commonViolation('UNKNOWN', 'id', { entity: 'CONTRACT', ids: [input.id] });
      const currentUnitIds = await this.unitIdsOf(manager, contract.id);
      const changes = changesOf(
        {
          reference: contract.reference,
          title: contract.title,
          form: contract.form,
          startDate: contract.startDate,
          endDate: contract.endDate,
          boardId: contract.boardId,
          unitIds: currentUnitIds,
        },
        {
          reference: input.reference?.trim(),
          title: input.title?.trim(),
          form: input.form ?? undefined,
          startDate: input.startDate ?? undefined,
          endDate: input.endDate,
          boardId: input.boardId,
          unitIds: input.unitIds ? [...new Set(input.unitIds)] : undefined,
        },
      );
      if (!Object.keys(changes).length) return contract;
      const { unitIds, ...columns } = changes;
      const edited = { ...contract, ...columns };
      refuseAll([periodViolation(edited.startDate, edited.endDate), editedPeriodViolation(edited)]);
      if (unitIds) {
        const provider = await manager.findOneByOrFail(Provider, { id: contract.providerId });
        const units = unitIds.length ? await manager.findBy(Unit, { id: In(unitIds) }) : [];
        refuseAll([unitsViolation(unitIds, units, provider)]);
      }
      if (columns.boardId) await this.boards.knownBoard(manager, columns.boardId);
      if (columns.reference && (await manager.existsBy(Contract, { reference: columns.reference })))
        throw commonViolation('ALREADY_EXISTS', 'reference', { entity: 'CONTRACT', value: columns.reference });
      Object.assign(contract, columns);
      contract.version += 1;
      await manager.update(Contract, { id: contract.id }, { ...columns, version: contract.version });
      if (unitIds) {
        await manager.query(`DELETE FROM contract_unit WHERE contract_id = $1`, [contract.id]);
        await manager.query(`INSERT INTO contract_unit (contract_id, unit_id) SELECT $1, unnest($2::uuid[])`, [
          contract.id,
          unitIds,
        ]);
      }
      await this.changeLog.record(manager, {
        entityType: 'CONTRACT',
        entityId: contract.id,
        action: 'UPDATED',
        by,
        changes,
      });
      await this.publish(manager, contract, unitIds ?? currentUnitIds, 'ContractUpdated');
      return contract;
    });
  }

  private async unitIdsOf(manager: EntityManager, contractId: string): Promise<string[]> {
    const rows: { unit_id: string }[] = await manager.query(
      `SELECT unit_id FROM contract_unit WHERE contract_id = $1`,
      [contractId],
    );
    return rows.map((r) => r.unit_id);
  }

  private async publish(manager: EntityManager, contract: Contract, unitIds: string[], type: string): Promise<void> {
    const payload: ContractEventV1 = {
      id: contract.id,
      reference: contract.reference,
      providerId: contract.providerId,
      unitIds,
      form: contract.form,
      startDate: contract.startDate,
      endDate: contract.endDate,
      terminatedOn: contract.terminatedOn,
      version: contract.version,
    };
    await this.outbox.enqueue(manager, { topic: 'contracts.contract.v1', key: contract.id, type, payload });
  }
}
