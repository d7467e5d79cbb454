import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { deviationsViolation } from '@kvalitetsnav/codes';
import { DeviationCategory } from '../categories/deviation-category.entity';
import { DeviationImportSource } from './import-source.entity';
import { SaveImportSourceInput } from './import-source.inputs';
import { mappingViolation } from './import-source-rules';

@Injectable()
export class ImportSourcesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<DeviationImportSource[]> {
    return this.dataSource.getRepository(DeviationImportSource).find({ order: { name: 'ASC' } });
  }

  async find(code: string, field = 'source'): Promise<DeviationImportSource> {
    const source = await this.dataSource.getRepository(DeviationImportSource).findOneBy({ code });
    if (!source) throw deviationsViolation('UNKNOWN', field, { entity: 'IMPORT_SOURCE', ids: [code] });
    return source;
  }

  /** A new source, or the same code's mapping replaced, one version on. */
  async save(input: SaveImportSourceInput, by: Identity): Promise<DeviationImportSource> {
    const columns = input.columns.map((c) => ({ field: c.field, header: c.header.trim() }));
    const values = input.values.map((v) => ({ field: v.field, from: v.from.trim(), to: v.to }));
    const categories = await this.dataSource.getRepository(DeviationCategory).findBy({ active: true });
    const violation = mappingViolation(
      { columns, values },
      categories.map((c) => c.code),
    );
    if (violation) throw violation;
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(DeviationImportSource, {
        where: { code: input.code },
        lock: { mode: 'pessimistic_write' },
      });
      const source = manager.create(DeviationImportSource, {
        code: input.code,
        name: input.name.trim(),
        unitCodeSystem: input.unitCodeSystem,
        columns,
        values,
        version: (before?.version ?? 0) + 1,
        updatedAt: new Date(),
        updatedBy: by.sub,
      });
      await manager.save(DeviationImportSource, source);
      return source;
    });
  }
}
