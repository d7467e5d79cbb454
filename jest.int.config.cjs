// Integration (real Postgres + Kafka) and whole-system e2e suites, run in band: the fault
// tests stop and start the shared local broker.
module.exports = {
  projects: ['<rootDir>/apps/*/jest.int.config.cjs', '<rootDir>/libs/*/jest.int.config.cjs', '<rootDir>/apps/e2e/jest.config.cjs'],
};
