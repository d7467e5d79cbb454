import { BadRequestException, ForbiddenException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { commonViolation } from '@kvalitetsnav/codes';
import { formatGraphQLError, validationErrorFromClassValidator } from './graphql-errors';

const formatted = (message: string, code = 'INTERNAL_SERVER_ERROR') => ({ message, path: ['x'], extensions: { code } });
// As graphql-js wraps what a resolver throws: with the path and the original error.
const thrownInResolver = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('formatGraphQLError', () => {
  it("keeps a broken rule's code, rule, field, params and message", () => {
    const error = commonViolation('UNKNOWN', 'unitId', { entity: 'UNIT', ids: ['u1'] });
    expect(formatGraphQLError(formatted(error.message), thrownInResolver(error))).toEqual({
      message: 'unitId u1 is not a known unit',
      path: ['x'],
      locations: undefined,
      extensions: { code: 'NOT_FOUND', rule: 'UNKNOWN', field: 'unitId', params: { entity: 'UNIT', ids: ['u1'] } },
    });
  });

  it('maps Nest HTTP exceptions to our codes', () => {
    expect(formatGraphQLError(formatted('x'), thrownInResolver(new ForbiddenException('no'))).extensions).toEqual({
      code: 'FORBIDDEN',
    });
    expect(
      formatGraphQLError(formatted('x'), thrownInResolver(new BadRequestException(['a is wrong', 'b is wrong']))),
    ).toMatchObject({
      message: 'a is wrong; b is wrong',
      extensions: { code: 'VALIDATION_FAILED' },
    });
  });

  it('hides anything unexpected: no SQL, no stack, no hosts', () => {
    const sqlError = Object.assign(new Error('duplicate key value violates unique constraint "provider_pkey"'), {
      query: 'INSERT INTO provider …',
    });
    const result = formatGraphQLError(
      { ...formatted(sqlError.message), extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db'] } },
      thrownInResolver(sqlError),
    );
    expect(result).toEqual({
      message: 'Internal server error',
      path: ['x'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('says SERVICE_UNAVAILABLE, without hosts, when the database is away (restarting, connection cut)', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:5432'), { code: 'ECONNREFUSED' });
    const shutDown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    const cut = new Error('Connection terminated unexpectedly');
    for (const error of [refused, shutDown, cut]) {
      const result = formatGraphQLError(formatted(error.message), thrownInResolver(error));
      expect(result.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(result.message).not.toMatch(/10\.0\.0\.7|5432|administrator|terminated/);
    }
  });

  it("lets GraphQL's own request errors through", () => {
    const result = formatGraphQLError(
      formatted('Cannot query field "secret" on type "Query".', 'GRAPHQL_VALIDATION_FAILED'),
      new GraphQLError('x'),
    );
    expect(result).toMatchObject({
      message: 'Cannot query field "secret" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});

describe('validationErrorFromClassValidator', () => {
  it('names each field, nested ones by path, and the broken rule', () => {
    const error = validationErrorFromClassValidator([
      {
        property: 'input',
        children: [
          { property: 'name', constraints: { length: 'name must be 1 to 200 characters' }, children: [] },
          { property: 'places', constraints: { min: 'places must be 0 or more' }, children: [] },
        ],
      },
    ]);
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.name',
      message: 'input.name: name must be 1 to 200 characters; input.places: places must be 0 or more',
    });
  });
});
