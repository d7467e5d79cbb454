import { Injectable } from '@nestjs/common';
import { KafkaClient } from './kafka-client';

/** Readiness: can we reach a broker right now? Bounded, so a probe never hangs. */
@Injectable()
export class KafkaHealth {
  constructor(private readonly kafka: KafkaClient) {}

  async check(timeoutMs = 3_000): Promise<{ up: boolean; detail?: string }> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const admin = await this.kafka.getAdmin();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      const cluster = await Promise.race([admin.describeCluster(), timeout]);
      return { up: true, detail: `${cluster.brokers.length} broker(s)` };
    } catch (error) {
      return { up: false, detail: (error as Error).message };
    } finally {
      clearTimeout(timer);
    }
  }
}
