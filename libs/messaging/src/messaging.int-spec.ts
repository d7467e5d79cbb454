import { Injectable, OnModuleInit } from '@nestjs/common';
import { TestingModule } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { testKafkaBrokers, waitFor } from '@kvalitetsnav/testing';
import { replayDeadLetters } from './dlq-replay';
import { EventConsumer } from './event-consumer';
import { MessagingTestApp, startMessagingTestApp } from './messaging-test-app';
import { MessagingRetention } from './messaging-retention';
import { OutboxRelay } from './outbox-relay';
import { OutboxService } from './outbox.service';

/** A bug in the handler, switched off by the test's "fix". */
const bug = { active: false };

/** The effect the test consumer has: one row per applied unit event. */
@Injectable()
class EffectRecorder implements OnModuleInit {
  constructor(private readonly consumer: EventConsumer) {}
  onModuleInit() {
    this.consumer.on('contracts.unit.v1', async (event, manager) => {
      if (bug.active && event.payload.name.startsWith('Bugg'))
        throw new Error('TypeError: cannot read the name (the bug)');
      await manager.query(`INSERT INTO effect (event_id, unit_name) VALUES ($1, $2)`, [
        event.eventId,
        event.payload.name,
      ]);
    });
  }
}

const unitPayload = (name: string) => ({
  id: randomUUID(),
  providerId: randomUUID(),
  name,
  serviceArea: 'HOME_CARE' as const,
  places: null,
  version: 1,
});

describe('messaging: outbox, relay, idempotent consumer and DLQ (real Postgres and Kafka)', () => {
  const kafka = new Kafka({
    clientId: 'messaging-test',
    brokers: testKafkaBrokers().split(','),
    logLevel: logLevel.NOTHING,
  });
  let app: MessagingTestApp;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let topicPrefix: string;

  beforeAll(async () => {
    app = await startMessagingTestApp(
      'messaging-test',
      [EffectRecorder],
      `CREATE TABLE effect (event_id uuid NOT NULL, unit_name text NOT NULL)`,
      {
        relay: { pollIntervalMs: 250, sendTimeoutMs: 5_000 },
        consumer: { maxAttempts: 3, initialBackoffMs: 50, restartBackoffMs: 500 },
      },
    );
    ({ moduleRef, dataSource, topicPrefix } = app);
  });
  afterAll(() => app?.close());

  const effects = async (name: string): Promise<number> =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM effect WHERE unit_name = $1`, [name]))[0].n;

  const enqueueUnit = (name: string) =>
    dataSource.transaction((manager) =>
      moduleRef.get(OutboxService).enqueue(manager, {
        topic: 'contracts.unit.v1',
        key: randomUUID(),
        type: 'UnitCreated',
        payload: unitPayload(name),
      }),
    );

  it('delivers an event committed to the outbox, once', async () => {
    await enqueueUnit('Hemtjänst Norr');
    await waitFor(async () => (await effects('Hemtjänst Norr')) === 1, { what: 'effect applied' });
    await moduleRef.get(OutboxRelay).flush();
  });

  it('refuses to enqueue outside a transaction, and refuses an invalid payload before it is stored', async () => {
    const outbox = moduleRef.get(OutboxService);
    await expect(
      outbox.enqueue(dataSource.manager, {
        topic: 'contracts.unit.v1',
        key: 'k',
        type: 'T',
        payload: unitPayload('x'),
      }),
    ).rejects.toThrow('must be called inside the transaction');
    await expect(
      dataSource.transaction((m) =>
        outbox.enqueue(m, {
          topic: 'contracts.unit.v1',
          key: 'k',
          type: 'T',
          payload: { ...unitPayload('x'), places: -5 },
        }),
      ),
    ).rejects.toThrow(/places/);
  });

  it('applies a redelivered event only once', async () => {
    const envelope = {
      eventId: randomUUID(),
      type: 'UnitCreated',
      occurredAt: new Date().toISOString(),
      producer: 'contracts',
      payload: unitPayload('Boendestöd Väst'),
    };
    const producer = kafka.producer();
    await producer.connect();
    const message = { key: envelope.payload.id, value: JSON.stringify(envelope) };
    await producer.send({ topic: `${topicPrefix}contracts.unit.v1`, messages: [message, message] });
    await producer.send({ topic: `${topicPrefix}contracts.unit.v1`, messages: [message] });
    await producer.disconnect();
    await waitFor(async () => (await effects('Boendestöd Väst')) >= 1, { what: 'effect applied' });
    // A later event on the same partition proves the duplicates were consumed, not pending.
    await enqueueUnit('Efter dubbletterna');
    await waitFor(async () => (await effects('Efter dubbletterna')) === 1, { what: 'later event applied' });
    expect(await effects('Boendestöd Väst')).toBe(1);
  });

  it('sends an invalid payload to the DLQ with its error and goes on', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const bad = {
      eventId: randomUUID(),
      type: 'UnitCreated',
      occurredAt: new Date().toISOString(),
      producer: 'contracts',
      payload: { ...unitPayload('Trasig'), serviceArea: 'casino' },
    };
    await producer.send({
      topic: `${topicPrefix}contracts.unit.v1`,
      messages: [
        { key: 'bad', value: JSON.stringify(bad) },
        { key: 'bad2', value: 'not json at all' },
      ],
    });
    await producer.disconnect();
    await enqueueUnit('Efter giftet');
    await waitFor(async () => (await effects('Efter giftet')) === 1, {
      what: 'consumer went on after the poison message',
    });
    expect(await effects('Trasig')).toBe(0);

    // The two keys may land on different partitions, so compare in key order.
    const dlq = (await readAll(kafka, `${topicPrefix}contracts.unit.v1.dlq`, 2)).sort((a, b) =>
      a.key.localeCompare(b.key),
    );
    expect(dlq.map((m) => [m.key, m.headers['x-dlq-error']])).toEqual([
      ['bad', expect.stringContaining('invalid message: payload: serviceArea')],
      ['bad2', 'invalid message: message value is not JSON'],
    ]);
    expect(dlq[0]?.headers).toMatchObject({ 'x-dlq-original-topic': 'contracts.unit.v1', 'x-dlq-attempts': '0' });
  });

  it('replays a message a handler failed on, once, after the fix, and leaves invalid messages in the DLQ', async () => {
    bug.active = true;
    await enqueueUnit('Bugg i hanteraren');
    await enqueueUnit('Efter buggen');
    await waitFor(async () => (await effects('Efter buggen')) === 1, {
      what: 'consumer went on past the failing message',
    });
    const failed = await readAll(kafka, `${topicPrefix}contracts.unit.v1.dlq`, 3);
    expect(failed.find((m) => m.headers['x-dlq-error']?.startsWith('handler failed'))?.headers).toMatchObject({
      'x-dlq-attempts': '3',
      'x-dlq-error': expect.stringContaining('the bug'),
    });
    expect(await effects('Bugg i hanteraren')).toBe(0);

    bug.active = false; // the fix is deployed
    const replay = () =>
      replayDeadLetters({ brokers: testKafkaBrokers().split(','), topicPrefix, topic: 'contracts.unit.v1' });
    expect(await replay()).toEqual({ replayed: 1, skipped: 2 });
    await waitFor(async () => (await effects('Bugg i hanteraren')) === 1, { what: 'the replayed message applied' });
    expect(await replay()).toEqual({ replayed: 0, skipped: 0 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await effects('Bugg i hanteraren')).toBe(1);
  });

  it('purges sent outbox rows and old inbox ids after their retention, and nothing newer', async () => {
    await dataSource.query(
      `UPDATE outbox SET sent_at = now() - interval '8 days' WHERE id = (SELECT min(id) FROM outbox)`,
    );
    await dataSource.query(
      `UPDATE inbox SET handled_at = now() - interval '31 days' WHERE event_id = (SELECT event_id FROM inbox LIMIT 1)`,
    );
    const [{ outboxBefore }] = await dataSource.query(`SELECT count(*)::int AS "outboxBefore" FROM outbox`);
    expect(await moduleRef.get(MessagingRetention).purge()).toEqual({ outbox: 1, inbox: 1 });
    const [{ outboxAfter }] = await dataSource.query(`SELECT count(*)::int AS "outboxAfter" FROM outbox`);
    expect(outboxAfter).toBe(outboxBefore - 1);
  });
  // Kafka outages: apps/e2e/src/faults/kafka-outage.e2e-spec.ts, on a broker of its own.
});

async function readAll(kafka: Kafka, topic: string, count: number) {
  const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}` });
  const seen: { key: string; headers: Record<string, string> }[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) =>
      void seen.push({
        key: message.key?.toString() ?? '',
        headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])),
      }),
  });
  try {
    await waitFor(async () => seen.length >= count, { what: `${count} message(s) on ${topic}` });
    return seen;
  } finally {
    await consumer.disconnect();
  }
}
