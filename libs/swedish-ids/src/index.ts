export * from './organisation-number';
