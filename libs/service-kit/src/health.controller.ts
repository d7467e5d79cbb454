import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { KafkaHealth } from '@kvalitetsnav/messaging';

/** Liveness says the process answers; readiness says it can do its job (database and Kafka). */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly kafka: KafkaHealth,
  ) {}

  @Get('live')
  @HttpCode(HttpStatus.OK)
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const [database, kafka] = await Promise.all([this.checkDatabase(), this.kafka.check()]);
    const up = database.up && kafka.up;
    res.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: up ? 'ok' : 'unavailable', checks: { database, kafka } };
  }

  private async checkDatabase(): Promise<{ up: boolean; detail?: string }> {
    try {
      await this.dataSource.query('SELECT 1');
      return { up: true };
    } catch (error) {
      return { up: false, detail: (error as Error).message };
    }
  }
}
