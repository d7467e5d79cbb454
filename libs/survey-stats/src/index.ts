export * from './ratio';
export * from './response-rate';
export * from './share-positive';
export * from './interval';
export * from './suppression';
