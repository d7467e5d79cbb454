export * from './identity';
export * from './tokens';
export * from './headers';
