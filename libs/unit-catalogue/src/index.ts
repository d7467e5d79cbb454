export * from './unit-ref.entity';
export * from './provider-ref.entity';
export * from './catalogue.migration';
export * from './catalogue-board.migration';
export * from './upsert-newer';
export * from './unit-catalogue';
export * from './catalogue-unit.type';
