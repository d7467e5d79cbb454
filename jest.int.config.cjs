// Integration (real Postgres + Kafka) and whole-system e2e suites. npm test runs them two at a
// time: each suite has its own databases, topic prefix, consumer groups and free ports, and the
// fault tests (apps/e2e/src/faults) a broker and a Postgres of their own.
module.exports = {
  // testTimeout is global in a multi-project run: the slowest kind (whole-system e2e) sets it.
  testTimeout: 180_000,
  projects: [
    '<rootDir>/apps/*/jest.int.config.cjs',
    '<rootDir>/libs/*/jest.int.config.cjs',
    '<rootDir>/apps/e2e/jest.e2e.config.cjs',
  ],
};
