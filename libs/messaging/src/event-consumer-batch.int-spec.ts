import { Injectable, OnModuleInit } from '@nestjs/common';
import { TestingModule } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { testEnvelope, testKafkaBrokers, waitFor } from '@kvalitetsnav/testing';
import { EventConsumer } from './event-consumer';
import { KafkaClient } from './kafka-client';
import { MessagingTestApp, startMessagingTestApp } from './messaging-test-app';

/** Records the order effects were applied in; names starting "Bugg" always fail. */
@Injectable()
class OrderedEffects implements OnModuleInit {
  constructor(private readonly consumer: EventConsumer) {}
  onModuleInit() {
    this.consumer.on('contracts.unit.v1', async (event, manager) => {
      if (event.payload.name.startsWith('Bugg')) throw new Error('the handler cannot apply this one');
      await manager.query(`INSERT INTO effect (unit_name) VALUES ($1)`, [event.payload.name]);
    });
  }
}

const envelope = (name: string, eventId = randomUUID()) =>
  testEnvelope(
    { id: randomUUID(), providerId: randomUUID(), name, serviceArea: 'HOME_CARE', places: null, version: 1 },
    eventId,
    'UnitCreated',
  );

// Many events of one key arrive in one fetch, so the consumer applies them in runs of a transaction each.
describe('EventConsumer applying a fetched batch in runs (real Postgres and Kafka)', () => {
  const kafka = new Kafka({
    clientId: 'messaging-batch-test',
    brokers: testKafkaBrokers().split(','),
    logLevel: logLevel.NOTHING,
  });
  let app: MessagingTestApp;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let topicPrefix: string;

  beforeAll(async () => {
    app = await startMessagingTestApp(
      'messaging-batch-test',
      [OrderedEffects],
      `CREATE TABLE effect (seq serial PRIMARY KEY, unit_name text NOT NULL)`,
      {
        consumer: { maxAttempts: 2, initialBackoffMs: 20, restartBackoffMs: 500, applyBatchSize: 4 },
      },
    );
    ({ moduleRef, dataSource, topicPrefix } = app);
  });
  afterAll(() => app?.close());

  it('applies each event once and in order, dead-letters the bad ones, and goes on past them', async () => {
    const replayedId = randomUUID();
    const names = ['E1', 'E2', 'E3', 'Bugg', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9'];
    const values = names.map((n) => envelope(n));
    // A duplicate within one run, an invalid message between runs, and one failing handler.
    values.splice(2, 0, values[1]);
    values.splice(6, 0, 'not json');
    values.push(envelope('Sent twice', replayedId));
    const producer = kafka.producer();
    await producer.connect();
    await moduleRef.get(KafkaClient).ensureTopics(['contracts.unit.v1']);
    await producer.send({
      topic: `${topicPrefix}contracts.unit.v1`,
      messages: values.map((value) => ({ key: 'one-unit', value })),
    });
    await producer.send({
      topic: `${topicPrefix}contracts.unit.v1`,
      messages: [
        { key: 'one-unit', value: envelope('Sent twice', replayedId) },
        { key: 'one-unit', value: envelope('Last') },
      ],
    });
    await producer.disconnect();

    await waitFor(async () => (await dataSource.query(`SELECT 1 FROM effect WHERE unit_name = 'Last'`)).length === 1, {
      what: 'the last event applied',
    });
    const applied: string[] = (await dataSource.query(`SELECT unit_name FROM effect ORDER BY seq`)).map(
      (r: { unit_name: string }) => r.unit_name,
    );
    expect(applied).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9', 'Sent twice', 'Last']);

    const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}` });
    const dlq: Record<string, string>[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: `${topicPrefix}contracts.unit.v1.dlq`, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) =>
        void dlq.push(Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]))),
    });
    try {
      await waitFor(async () => dlq.length >= 2, { what: 'two dead letters' });
    } finally {
      await consumer.disconnect();
    }
    expect(dlq.map((h) => [h['x-dlq-error'], h['x-dlq-attempts']]).sort()).toEqual([
      ['handler failed: the handler cannot apply this one', '2'],
      ['invalid message: message value is not JSON', '0'],
    ]);
  });
});
