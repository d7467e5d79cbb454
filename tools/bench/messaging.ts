// Kafka messaging: our outbox → relay → Kafka → EventConsumer path against kafkajs used directly,
// on a fresh database and topic prefix (both removed at the end, also on failure).
//   npm run bench:messaging [-- --events 5000 --rate 200 --seconds 10 --writes 50 --no-services]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { dropDatabase, ensureDatabase } from '@kvalitetsnav/persistence';
import { testDatabaseName, testKafkaBrokers, testServerUrl, testTopicPrefix } from '@kvalitetsnav/testing';
import { applyThroughput } from './messaging/consume';
import { cleanUpCrossService, CrossServiceConfig, crossServiceLatency } from './messaging/cross-service';
import { BENCH_TOPIC, Harness, startHarness } from './messaging/harness';
import { oursIdle, oursSteady, rawIdle, rawSteady } from './messaging/latency';
import { OPTIMISATION_NOTES } from './messaging/notes';
import { Observer } from './messaging/observer';
import { oursBatched, oursPerEvent, PublishSetup, rawBatched, rawPerEvent } from './messaging/publish';
import { rawProducer } from './messaging/raw-producer';
import { BenchResults, markdown, printTable } from './messaging/report';
import { machineInfo } from './messaging/stats';
import { deleteTopics } from './messaging/topics';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '8' },
    batch: { type: 'string', default: '500' },
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
    idle: { type: 'string', default: '30' },
    writes: { type: 'string', default: '50' },
    'no-services': { type: 'boolean', default: false },
    label: { type: 'string', default: 'current' },
    name: { type: 'string', default: 'messaging' },
    baseline: { type: 'string', default: 'tools/bench/results/messaging.before.json' },
  },
});
const options = {
  events: Number(args.events),
  concurrency: Number(args.concurrency),
  batch: Number(args.batch),
  rate: Number(args.rate),
  seconds: Number(args.seconds),
  idle: Number(args.idle),
  writes: args['no-services'] ? 0 : Number(args.writes),
};
const resultsDir = path.resolve(__dirname, 'results');

// Services' and harnesses' own guards want test-named databases in test mode.
process.env['NODE_ENV'] = 'test';
const serverUrl = testServerUrl();
const brokers = testKafkaBrokers();
const prefix = testTopicPrefix().replace(/^t/, 'bench');
const databases = [testDatabaseName('bench_publish'), testDatabaseName('bench_apply')];
const kafka = new Kafka({ clientId: 'bench-reference', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
const cross: CrossServiceConfig = {
  serverUrl,
  brokers,
  topicPrefix: `${prefix}s.`,
  writes: options.writes,
  databases: [],
  processes: [],
};
const log = (m: string) => console.log(`[bench] ${m}`);

async function main(): Promise<BenchResults> {
  const started = performance.now();
  const harnesses: Harness[] = [];
  const observer = new Observer(kafka);
  const producer = await rawProducer(kafka);
  try {
    for (const db of databases) await ensureDatabase(serverUrl, db);
    const publisher = await startHarness({
      serverUrl,
      databaseName: databases[0],
      brokers: brokers.split(','),
      topicPrefix: prefix,
      groupId: `bench-${databases[0]}`,
      consume: false,
    });
    harnesses.push(publisher);
    const applier = await startHarness({
      serverUrl,
      databaseName: databases[1],
      brokers: brokers.split(','),
      topicPrefix: `${prefix}c.`,
      groupId: `bench-${databases[1]}`,
      consume: true,
    });
    harnesses.push(applier);
    const rawTopic = `${prefix}bench.raw`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: rawTopic, numPartitions: 3, replicationFactor: 1 }],
    });
    await admin.disconnect();
    await observer.start([rawTopic, publisher.kafka.physical(BENCH_TOPIC), applier.kafka.physical(BENCH_TOPIC)]);
    const s: PublishSetup = { harness: publisher, producer, observer, rawTopic, ...options };

    log('warming up both paths');
    await rawPerEvent(s, 'warm-raw:', 200);
    await oursPerEvent(s, 'warm-ours:', 200);

    log(`publishing ${options.events} events four ways`);
    const publish = {
      rawPerEvent: await rawPerEvent(s, 'rpe:'),
      oursPerEvent: await oursPerEvent(s, 'ope:'),
      rawBatched: await rawBatched(s, 'rba:'),
      oursBatched: await oursBatched(s, 'oba:'),
    };
    log(`applying ${options.events} events through EventConsumer`);
    const apply = await applyThroughput(applier, observer, 'app:', options.events, options.batch);
    log(`latency at ${options.rate}/s for ${options.seconds} s, then ${options.idle} single events at idle`);
    const latency = {
      rawSteady: await rawSteady(s, 'rls:', options.rate, options.seconds),
      oursSteady: await oursSteady(s, 'ols:', options.rate, options.seconds),
      rawIdle: await rawIdle(s, 'rli:', options.idle),
      oursIdle: await oursIdle(s, 'oli:', options.idle),
    };
    let crossService;
    if (options.writes > 0) {
      log(
        `starting contracts and deviations; ${options.writes} deviations reported, each timed until contracts sees it`,
      );
      crossService = await crossServiceLatency(cross);
    }
    return {
      label: String(args.label),
      machine: machineInfo(),
      options,
      publish,
      apply,
      latency,
      crossService,
      seconds: Math.round((performance.now() - started) / 1000),
    };
  } finally {
    await observer.stop();
    await producer.disconnect().catch(() => undefined);
    for (const h of harnesses) await h.close().catch((e) => log(`closing a harness: ${e.message}`));
  }
}

async function cleanUp(): Promise<void> {
  await cleanUpCrossService(cross);
  for (const db of databases) await dropDatabase(serverUrl, db).catch((e) => log(`could not drop ${db}: ${e.message}`));
  await deleteTopics(kafka, prefix).catch((e) => log(`could not delete topics ${prefix}*: ${e.message}`));
}

function write(results: BenchResults): void {
  mkdirSync(resultsDir, { recursive: true });
  const baselineFile = path.resolve(String(args.baseline));
  const baseline =
    existsSync(baselineFile) && !baselineFile.endsWith(`${args.name}.json`)
      ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as BenchResults)
      : undefined;
  writeFileSync(path.join(resultsDir, `${args.name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(
    path.join(resultsDir, `${args.name}.md`),
    markdown(results, baseline, baseline ? OPTIMISATION_NOTES : undefined),
  );
  log(
    `wrote tools/bench/results/${args.name}.json and .md${baseline ? ` (with "before" from ${path.relative(process.cwd(), baselineFile)})` : ''}`,
  );
}

let exitCode = 0;
main()
  .then((results) => {
    printTable(results);
    write(results);
  })
  .catch((error) => {
    console.error(error);
    exitCode = 1;
  })
  .finally(async () => {
    await cleanUp();
    // kafkajs and pg leave timers behind; the run is over.
    process.exit(exitCode);
  });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}
