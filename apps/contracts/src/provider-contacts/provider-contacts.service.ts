import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, Not } from 'typeorm';
import { canSeeRow, hasAnyRole, Identity, Role } from '@kvalitetsnav/auth';
import { commonViolation } from '@kvalitetsnav/codes';
import { refuseAll, visibleOrUnknown } from '@kvalitetsnav/service-kit';
import { ChangeLogService } from '../change-log/change-log.service';
import { changesOf } from '../change-log/change-rules';
import { Provider } from '../providers/provider.entity';
import { ProviderContact } from './provider-contact.entity';
import { CONTACT_TOPICS } from './provider-contact.models';
import { contactOf, ContactFields } from './provider-contact-rules';
import { AddProviderContactInput, UpdateProviderContactInput } from './provider-contacts.inputs';

/** Who sees and keeps contacts: officials who write, and a provider for its own. */
export const CONTACT_ROLES: Role[] = ['ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER'];

@Injectable()
export class ProviderContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changeLog: ChangeLogService,
  ) {}

  /** A provider's contacts by name; a field resolver, so the roles are checked here rather than by the guard. */
  list(identity: Identity, providerId: string): Promise<ProviderContact[]> {
    if (!hasAnyRole(identity, CONTACT_ROLES))
      throw commonViolation('ROLE_REQUIRED', undefined, { roles: CONTACT_ROLES });
    if (!canSeeRow(identity, providerId)) return Promise.resolve([]);
    return this.dataSource
      .getRepository(ProviderContact)
      .find({ where: { providerId }, order: { name: 'ASC', id: 'ASC' } });
  }

  async add(input: AddProviderContactInput, by: Identity): Promise<ProviderContact> {
    const checked = contactOf(input, CONTACT_TOPICS);
    refuseAll(checked.violations);
    const fields = checked.value as ContactFields;
    return this.dataSource.transaction(async (manager) => {
      // The provider's row is locked so two adds of the same address cannot both pass the check.
      const provider = await manager.findOne(Provider, {
        where: { id: input.providerId },
        lock: { mode: 'pessimistic_write' },
      });
      visibleOrUnknown(by, provider && { providerId: provider.id }, 'PROVIDER', 'providerId', input.providerId);
      await this.refuseTaken(manager, input.providerId, fields.email);
      const contact = manager.create(ProviderContact, { id: randomUUID(), providerId: input.providerId, ...fields });
      await manager.insert(ProviderContact, contact);
      await this.changeLog.record(manager, {
        entityType: 'PROVIDER_CONTACT',
        entityId: contact.id,
        action: 'CREATED',
        by,
        changes: { providerId: contact.providerId, ...fields },
      });
      return contact;
    });
  }

  async update(input: UpdateProviderContactInput, by: Identity): Promise<ProviderContact> {
    const checked = contactOf(
      { name: input.name ?? undefined, email: input.email ?? undefined, topics: input.topics ?? undefined },
      CONTACT_TOPICS,
    );
    refuseAll(checked.violations);
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(ProviderContact, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      const contact = visibleOrUnknown(by, found, 'PROVIDER_CONTACT', 'id', input.id);
      const changes = changesOf({ name: contact.name, email: contact.email, topics: contact.topics }, checked.value);
      if (!Object.keys(changes).length) return contact;
      if (changes.email) {
        await manager.query(`SELECT 1 FROM provider WHERE id = $1 FOR UPDATE`, [contact.providerId]);
        await this.refuseTaken(manager, contact.providerId, changes.email, contact.id);
      }
      Object.assign(contact, changes);
      await manager.update(ProviderContact, { id: contact.id }, changes);
      await this.changeLog.record(manager, {
        entityType: 'PROVIDER_CONTACT',
        entityId: contact.id,
        action: 'UPDATED',
        by,
        changes,
      });
      return contact;
    });
  }

  async remove(id: string, by: Identity): Promise<ProviderContact> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(ProviderContact, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const contact = visibleOrUnknown(by, found, 'PROVIDER_CONTACT', 'id', id);
      await manager.delete(ProviderContact, { id });
      await this.changeLog.record(manager, {
        entityType: 'PROVIDER_CONTACT',
        entityId: contact.id,
        action: 'REMOVED',
        by,
        changes: { providerId: contact.providerId, email: contact.email },
      });
      return contact;
    });
  }

  private async refuseTaken(manager: EntityManager, providerId: string, email: string, except?: string) {
    if (await manager.existsBy(ProviderContact, { providerId, email, ...(except ? { id: Not(except) } : {}) }))
      throw commonViolation('ALREADY_EXISTS', 'email', { entity: 'PROVIDER_CONTACT', value: email });
  }
}
