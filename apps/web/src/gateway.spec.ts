import { SessionCheckDocument } from './__generated__/graphql';
import { GatewayError, operationName, parseGatewayResponse, restRefusal } from './gateway';

describe('parseGatewayResponse', () => {
  it('returns data when there are no errors', () => {
    expect(parseGatewayResponse(200, { data: { providers: [] } })).toEqual({ providers: [] });
  });

  it('explains a missing or expired sign-in in Swedish', () => {
    expect(() =>
      parseGatewayResponse(401, {
        errors: [{ message: 'token has expired', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    ).toThrow('Du är inte inloggad eller inloggningen har gått ut. Logga in igen.');
  });

  it('keeps the extensions of a refusal and says it in Swedish from the catalogue, not the English message', () => {
    const extensions = { code: 'VALIDATION_FAILED', rule: 'TEXT_LENGTH', field: 'name', params: { min: 1, max: 200 } };
    try {
      parseGatewayResponse(200, { errors: [{ message: 'name must be 1 to 200 characters', extensions }] });
      throw new Error('expected a GatewayError');
    } catch (error) {
      expect(error).toBeInstanceOf(GatewayError);
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        refusal: extensions,
        message: 'Namn måste fyllas i, med högst 200 tecken.',
      });
    }
  });

  it('never shows internal messages', () => {
    expect(() =>
      parseGatewayResponse(500, {
        errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      }),
    ).toThrow(/^Något gick fel/);
    expect(() => parseGatewayResponse(502, undefined)).toThrow(/^Något gick fel/);
  });
});

describe('operationName', () => {
  it('names a typed document by its operation, which keys its cache entry', () => {
    expect(operationName(SessionCheckDocument)).toBe('SessionCheck');
  });
});

describe('restRefusal', () => {
  it("reads the gateway's own endpoints' refusals: one error per broken rule, each with its extensions", () => {
    const error = restRefusal(400, {
      errors: [
        {
          extensions: { code: 'VALIDATION_FAILED', rule: 'NOT_ONE_OF', field: 'role', params: { allowed: ['ADMIN'] } },
        },
        { extensions: { code: 'VALIDATION_FAILED', rule: 'TEXT_LENGTH', field: 'name', params: { min: 1, max: 100 } } },
      ],
    });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.refusal.violations?.map((v) => v.field)).toEqual(['role', 'name']);
    expect(restRefusal(401, undefined).code).toBe('UNAUTHENTICATED');
  });
});
