export * from './organisation-number';
export * from './personal-identity-number';
