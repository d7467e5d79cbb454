import { formatGatewayError } from './gateway-errors';

describe('formatGatewayError', () => {
  it('passes domain errors through with their code and field', () => {
    expect(
      formatGatewayError({
        message: 'unitId x is not a known unit',
        path: ['reportDeviation'],
        extensions: { code: 'NOT_FOUND', field: 'unitId', serviceName: 'deviations' },
      }),
    ).toEqual({
      message: 'unitId x is not a known unit',
      path: ['reportDeviation'],
      locations: undefined,
      extensions: { code: 'NOT_FOUND', field: 'unitId' },
    });
  });

  it("passes a broken rule's rule, params and every violation through, and nothing else", () => {
    const extensions = {
      code: 'VALIDATION_FAILED',
      rule: 'TEXT_LENGTH',
      field: 'name',
      params: { min: 1, max: 200 },
      violations: [{ rule: 'TEXT_LENGTH', field: 'name', params: { min: 1, max: 200 } }],
    };
    expect(
      formatGatewayError({
        message: 'name: name must be 1 to 200 characters',
        extensions: { ...extensions, serviceName: 'x' },
      }).extensions,
    ).toEqual(extensions);
  });

  it('hides internal details behind INTERNAL_SERVER_ERROR', () => {
    const leaked = formatGatewayError({
      message: 'request to http://deviations.internal:4003/graphql failed, reason: connect ECONNREFUSED 10.0.0.5:4003',
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        stacktrace: ['at x'],
        exception: { sql: 'SELECT * FROM deviation' },
      },
    });
    expect(leaked).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
