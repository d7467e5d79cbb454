// Replays dead-lettered messages of one topic after a fix:
//   npm run dlq:replay -- deviations.deviation.v1 [--all] [--group <consumer group>]
// KAFKA_BROKERS (default 127.0.0.1:9092) and KAFKA_TOPIC_PREFIX as the services use them.
import { isTopicName } from '@kvalitetsnav/events';
import { replayDeadLetters } from '@kvalitetsnav/messaging';

async function main() {
  const [topic, ...rest] = process.argv.slice(2);
  if (!topic || !isTopicName(topic)) {
    console.error(
      'usage: npm run dlq:replay -- <topic, e.g. deviations.deviation.v1> [--all] [--group <consumer group>]',
    );
    process.exit(2);
  }
  const group = rest.includes('--group') ? rest[rest.indexOf('--group') + 1] : undefined;
  const result = await replayDeadLetters({
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    topicPrefix: process.env.KAFKA_TOPIC_PREFIX ?? '',
    topic,
    all: rest.includes('--all'),
    consumerGroup: group,
  });
  console.log(
    `replayed ${result.replayed} message(s) from ${topic}.dlq; left ${result.skipped} (invalid messages stay unless --all)`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
