import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { EventConsumer } from './event-consumer';
import { KafkaClient } from './kafka-client';
import { KafkaHealth } from './kafka-health';
import { MessagingRetention } from './messaging-retention';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging-options';
import { OutboxRelay } from './outbox-relay';
import { OutboxService } from './outbox.service';

export interface MessagingModuleAsyncOptions {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  inject?: any[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  useFactory: (...args: any[]) => MessagingOptions | Promise<MessagingOptions>;
}

/**
 * Outbox, relay, consumer and Kafka client for one service. Needs a TypeORM DataSource in the
 * application (the outbox and inbox live in the service's own database).
 */
@Global()
@Module({})
export class MessagingModule implements OnApplicationShutdown {
  constructor(@Inject(KafkaClient) private readonly kafka: KafkaClient) {}

  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: MESSAGING_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory },
        { provide: KafkaClient, inject: [MESSAGING_OPTIONS], useFactory: (o: MessagingOptions) => new KafkaClient(o) },
        OutboxService,
        OutboxRelay,
        EventConsumer,
        KafkaHealth,
        MessagingRetention,
      ],
      exports: [OutboxService, OutboxRelay, EventConsumer, KafkaHealth, KafkaClient, MessagingRetention],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.kafka.close();
  }
}
