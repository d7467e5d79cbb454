// Every project's unit specs in one run (npm test uses this; `nx test <project>` runs one).
module.exports = {
  testTimeout: 10_000,
  projects: [
    '<rootDir>/apps/*/jest.config.cjs',
    '<rootDir>/libs/*/jest.config.cjs',
    '<rootDir>/tools/jest.config.cjs',
    '<rootDir>/docker/jest.config.cjs',
  ],
};
