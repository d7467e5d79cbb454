/**
 * Tests create and drop databases freely, so they must never reach a real one: in test mode
 * a database whose name lacks "test" is refused before any connection is made.
 */
export function assertSafeDatabaseForEnvironment(databaseName: string, nodeEnv = process.env['NODE_ENV']): void {
  if (nodeEnv === 'test' && !/test/i.test(databaseName)) {
    throw new Error(`refusing to use database "${databaseName}" in tests: a test database's name must contain "test"`);
  }
}
