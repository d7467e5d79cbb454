export * from './envelope';
export * from './vocabulary';
export * from './topics';
export * from './topics/contracts-provider.v1';
export * from './topics/contracts-unit.v1';
export * from './topics/deviations-deviation.v1';
export * from './topics/contracts-contract.v1';
