import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeviationStatistics } from './deviation-statistics.model';

@Injectable()
export class DeviationStatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async compute(filter: { unitId?: string; providerId?: string }): Promise<DeviationStatistics> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE status <> 'CLOSED')::int AS open
         FROM deviation
        WHERE ($1::uuid IS NULL OR unit_id = $1) AND ($2::uuid IS NULL OR provider_id = $2)`,
      [filter.unitId ?? null, filter.providerId ?? null],
    );
    return row;
  }
}
