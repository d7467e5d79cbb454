export * from './optimize';
export * from './ets';
export * from './fit';
export * from './metrics';
export * from './naive';
export * from './auto';
export * from './backtest';
export * from './forecast';
