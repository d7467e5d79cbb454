export * from './identity';
export * from './tokens';
export * from './headers';
export * from './provider-scope';
export * from './verified-token-cache';
