import type { ComplaintEventV1, DeviationEventV1 } from '@kvalitetsnav/events';
import type { OutboxMessage } from '@kvalitetsnav/messaging';
import type { Deviation } from './deviation.entity';

export type DeviationEventType =
  'DeviationReported' | 'ComplaintRegistered' | 'DeviationStatusChanged' | 'DeviationAssessed' | 'DeviationUpdated';

/** Reported or registered: what a new row announces. */
export const reportedEventType = (d: Pick<Deviation, 'kind'>): DeviationEventType =>
  d.kind === 'COMPLAINT' ? 'ComplaintRegistered' : 'DeviationReported';

/**
 * The event of a deviation's new state. Events carry no free text: descriptions, actions and
 * assessments may hold personal data even after redaction.
 */
export function deviationEvent(
  d: Deviation,
  type: DeviationEventType,
): OutboxMessage<'deviations.complaint.v1'> | OutboxMessage<'deviations.deviation.v1'> {
  if (d.kind === 'COMPLAINT') {
    const payload: ComplaintEventV1 = {
      id: d.id,
      unitId: d.unitId,
      providerId: d.providerId,
      serviceArea: d.serviceArea,
      receivedOn: d.occurredOn,
      status: d.status,
      version: d.version,
    };
    return { topic: 'deviations.complaint.v1', key: d.id, type, payload };
  }
  const payload: DeviationEventV1 = {
    id: d.id,
    unitId: d.unitId,
    providerId: d.providerId,
    serviceArea: d.serviceArea,
    kind: d.kind,
    status: d.status,
    occurredOn: d.occurredOn,
    reportedAt: d.reportedAt.toISOString(),
    version: d.version,
  };
  return { topic: 'deviations.deviation.v1', key: d.id, type, payload };
}
