import { GatewayError, parseGatewayResponse } from './gateway-client';
import { label, OWNERSHIP_LABELS, SERVICE_AREA_LABELS } from './labels';

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

  it('keeps the field and rule of a validation error', () => {
    try {
      parseGatewayResponse(200, {
        errors: [
          {
            message: 'organisationNumber has a wrong check digit',
            extensions: { code: 'VALIDATION_FAILED', field: 'organisationNumber' },
          },
        ],
      });
      throw new Error('expected a GatewayError');
    } catch (error) {
      expect(error).toBeInstanceOf(GatewayError);
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'organisationNumber',
        message: 'Uppgifterna är inte giltiga: organisationNumber has a wrong check digit',
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

describe('labels', () => {
  it('names every service area and ownership in Swedish, and falls back to the code', () => {
    expect(label(SERVICE_AREA_LABELS, 'LSS_GROUP_HOME')).toBe('Gruppbostad LSS');
    expect(label(OWNERSHIP_LABELS, 'NON_PROFIT')).toBe('Idéburen');
    expect(label(SERVICE_AREA_LABELS, 'NEW_AREA')).toBe('NEW_AREA');
  });
});
