import { Injectable } from '@nestjs/common';
import { Args, Field, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { parseKoladaFile } from './kolada';

@ObjectType({ description: 'Either every value was stored, or none was and the errors say why.' })
export class KoladaImportResult {
  @Field() accepted!: boolean;
  @Field(() => Int) imported!: number;
  @Field(() => [String]) errors!: string[];
}

@Injectable()
export class KoladaImportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A value already stored for the same KPI, municipality, period and gender is replaced. */
  async import(json: string): Promise<KoladaImportResult> {
    const { rows, errors } = parseKoladaFile(json);
    if (errors.length) return { accepted: false, imported: 0, errors };
    await this.dataSource.transaction(async (manager) => {
      for (const r of rows) {
        await manager.query(
          `INSERT INTO kolada_value (kpi, municipality, period, gender, value) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (kpi, municipality, period, gender) DO UPDATE SET value = EXCLUDED.value`,
          [r.kpi, r.municipality, r.period, r.gender, r.value],
        );
      }
    });
    return { accepted: true, imported: rows.length, errors: [] };
  }
}

@Resolver()
export class KoladaImportResolver {
  constructor(private readonly kolada: KoladaImportService) {}

  @Mutation(() => KoladaImportResult, {
    description:
      "Imports KPI values in the JSON shape of Kolada's API (values[].kpi, municipality, period, values[].gender T/K/M, value).",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  importKoladaValues(@Args('json') json: string): Promise<KoladaImportResult> {
    return this.kolada.import(json);
  }
}
