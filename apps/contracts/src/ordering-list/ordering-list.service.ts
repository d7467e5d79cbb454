import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { commonViolation } from '@kvalitetsnav/codes';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { Contract } from '../contracts/contract.entity';
import { contractStatus } from '../contracts/contract-status-rules';
import { OrderingListEntry } from './ordering-list-entry.entity';
import { AddToOrderingListInput, MoveOnOrderingListInput } from './ordering-list.inputs';
import { addViolations, moveViolations, placedAt } from './ordering-list-rules';

/**
 * The ordering function's list, kept so the half-year selection starts from it instead of it
 * being typed in each time. Every change rewrites the places in one transaction, one at a time.
 */
@Injectable()
export class OrderingListService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(manager: EntityManager = this.dataSource.manager): Promise<OrderingListEntry[]> {
    return manager.find(OrderingListEntry, { relations: { contract: true }, order: { position: 'ASC' } });
  }

  /** The contract ids, most wanted first. */
  async contractIds(): Promise<string[]> {
    const entries = await this.dataSource
      .getRepository(OrderingListEntry)
      .find({ select: { contractId: true }, order: { position: 'ASC' } });
    return entries.map((e) => e.contractId);
  }

  add(input: AddToOrderingListInput, by: Identity, today = stockholmToday()): Promise<OrderingListEntry[]> {
    return this.edit(async (manager, ids) => {
      const contract = await manager.findOneBy(Contract, { id: input.contractId });
      if (!contract) throw commonViolation('UNKNOWN', 'contractId', { entity: 'CONTRACT', ids: [input.contractId] });
      const position = input.position ?? ids.length + 1;
      refuseAll(addViolations(ids, contract.id, contractStatus(contract, today), position));
      await manager.insert(OrderingListEntry, {
        contractId: contract.id,
        position,
        reason: input.reason.trim(),
        addedBy: by.name,
        addedAt: new Date(),
      });
      return placedAt(ids, contract.id, position);
    });
  }

  move(input: MoveOnOrderingListInput): Promise<OrderingListEntry[]> {
    return this.edit(async (_, ids) => {
      refuseAll(moveViolations(ids, input.contractId, input.position));
      return placedAt(ids, input.contractId, input.position);
    });
  }

  remove(contractId: string): Promise<OrderingListEntry[]> {
    return this.edit(async (manager, ids) => {
      refuseAll(moveViolations(ids, contractId));
      await manager.delete(OrderingListEntry, { contractId });
      return ids.filter((id) => id !== contractId);
    });
  }

  /** Runs a change with the list locked and writes the places of the order it returns. */
  private edit(change: (manager: EntityManager, ids: string[]) => Promise<string[]>): Promise<OrderingListEntry[]> {
    return this.dataSource.transaction(async (manager) => {
      // One list: a transaction-scoped lock keeps two editors from interleaving their renumbering.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('ordering_list'))`);
      const ids = (await this.list(manager)).map((e) => e.contractId);
      const ordered = await change(manager, ids);
      for (const [index, contractId] of ordered.entries())
        await manager.update(OrderingListEntry, { contractId }, { position: index + 1 });
      return this.list(manager);
    });
  }
}
