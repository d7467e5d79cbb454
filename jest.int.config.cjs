// Integration (real Postgres + Kafka) and whole-system e2e suites, run in band: the fault
// tests stop and start the shared local broker.
module.exports = {
  // testTimeout is global in a multi-project run: the slowest kind (whole-system e2e) sets it.
  testTimeout: 180_000,
  projects: ['<rootDir>/apps/*/jest.int.config.cjs', '<rootDir>/libs/*/jest.int.config.cjs', '<rootDir>/apps/e2e/jest.e2e.config.cjs'],
};
