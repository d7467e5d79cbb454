import { randomUUID } from 'node:crypto';
import { assertPayload, dlqTopicOf, isTopicName, parseEvent } from './topics';

const unit = () => ({
  id: randomUUID(),
  providerId: randomUUID(),
  name: 'Gruppbostad Solrosen',
  serviceArea: 'LSS_GROUP_HOME',
  places: 6,
  version: 1,
});

const envelope = (payload: unknown) =>
  JSON.stringify({
    eventId: randomUUID(),
    type: 'UnitCreated',
    occurredAt: new Date().toISOString(),
    producer: 'contracts',
    payload,
  });

describe('event catalogue', () => {
  it('accepts a well-formed unit event', () => {
    const parsed = parseEvent('contracts.unit.v1', Buffer.from(envelope(unit())));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.event.payload.serviceArea).toBe('LSS_GROUP_HOME');
  });

  it('names the field when a payload breaks its schema', () => {
    const parsed = parseEvent('contracts.unit.v1', envelope({ ...unit(), serviceArea: 'casino area' }));
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining('payload: serviceArea') });
  });

  it('refuses a message that is not JSON, or has no envelope', () => {
    expect(parseEvent('contracts.unit.v1', 'not json')).toEqual({ ok: false, error: 'message value is not JSON' });
    expect(parseEvent('contracts.unit.v1', JSON.stringify(unit()))).toMatchObject({
      ok: false,
      error: expect.stringContaining('envelope: eventId'),
    });
    expect(parseEvent('contracts.unit.v1', null)).toEqual({ ok: false, error: 'message has no value' });
  });

  it('throws before producing an invalid payload', () => {
    expect(() => assertPayload('contracts.unit.v1', { ...unit(), places: -1 })).toThrow(/places/);
  });

  it('knows its topics and their dead-letter topics', () => {
    expect(isTopicName('contracts.unit.v1')).toBe(true);
    expect(isTopicName('contracts.secrets.v1')).toBe(false);
    expect(dlqTopicOf('deviations.deviation.v1')).toBe('deviations.deviation.v1.dlq');
  });
});
