import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { parseKoladaFile } from './kolada-rules';
import { KoladaImportResult } from './kolada.models';

@Injectable()
export class KoladaImportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A value already stored for the same KPI, municipality, period and gender is replaced. */
  async import(json: string): Promise<KoladaImportResult> {
    const { rows, errors, violations } = parseKoladaFile(json);
    if (violations.length) {
      const problems = violations.map((v) => ({
        field: v.field ?? null,
        rule: v.rule,
        params: v.params,
        message: v.message,
      }));
      return { accepted: false, imported: 0, errors, problems };
    }
    await this.dataSource.transaction(async (manager) => {
      for (const r of rows) {
        await manager.query(
          `INSERT INTO kolada_value (kpi, municipality, period, gender, value) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (kpi, municipality, period, gender) DO UPDATE SET value = EXCLUDED.value`,
          [r.kpi, r.municipality, r.period, r.gender, r.value],
        );
      }
    });
    return { accepted: true, imported: rows.length, errors: [], problems: [] };
  }
}
