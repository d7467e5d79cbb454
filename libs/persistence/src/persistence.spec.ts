import { assertSafeDatabaseForEnvironment } from './test-database-guard';
import { assertPlainDatabaseName, databaseUrlOn } from './database-url';
import { serviceDataSourceOptions } from './data-source-options';

describe('test-database guard', () => {
  it('refuses a database without "test" in its name while testing', () => {
    expect(() => assertSafeDatabaseForEnvironment('kvalitetsnav_contracts', 'test')).toThrow(
      'refusing to use database "kvalitetsnav_contracts" in tests',
    );
    expect(() =>
      serviceDataSourceOptions({ serverUrl: 'postgres://x@h/', databaseName: 'prod', entities: [], migrations: [] }),
    ).toThrow(/refusing/);
  });

  it('lets tests use test databases, and services use their own', () => {
    expect(() => assertSafeDatabaseForEnvironment('kvn_contracts_test_1a2b', 'test')).not.toThrow();
    expect(() => assertSafeDatabaseForEnvironment('kvalitetsnav_contracts', 'production')).not.toThrow();
  });
});

describe('database urls and names', () => {
  it('puts the service database on the server URL, keeping credentials and options', () => {
    expect(databaseUrlOn('postgres://app:pw@db:5432/?sslmode=require', 'kvalitetsnav_surveys')).toBe(
      'postgres://app:pw@db:5432/kvalitetsnav_surveys?sslmode=require',
    );
    expect(databaseUrlOn('postgres://postgres@127.0.0.1:5432/postgres', 'x_test')).toBe(
      'postgres://postgres@127.0.0.1:5432/x_test',
    );
  });

  it('accepts only plain identifiers as database names', () => {
    expect(() => assertPlainDatabaseName('kvalitetsnav_contracts')).not.toThrow();
    expect(() => assertPlainDatabaseName('x"; DROP DATABASE postgres; --')).toThrow(/lower-case letters/);
    expect(() => assertPlainDatabaseName('Upper')).toThrow(/lower-case/);
  });
});
