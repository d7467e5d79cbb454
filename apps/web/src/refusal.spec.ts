import { GatewayError } from './gateway';
import { problemsOf } from './refusal';

const refusal = (extensions: ConstructorParameters<typeof GatewayError>[0]) => new GatewayError(extensions);

describe('a refusal shown in a form', () => {
  it('puts a broken rule about one of the form’s fields next to that field, and says on top that something is wrong', () => {
    const error = refusal({
      code: 'VALIDATION_FAILED',
      rule: 'TEXT_LENGTH',
      field: 'responsible',
      params: { min: 1, max: 200 },
    });
    expect(problemsOf(error, ['responsible', 'assistant'])).toEqual({
      summary: ['Uppgifterna är inte giltiga.', 'Rätta de markerade fälten.'],
      byField: { responsible: 'Ansvarig tjänsteman måste fyllas i, med högst 200 tecken.' },
    });
  });

  it('shows every violation, each at its field or on top when the form has no such field', () => {
    const error = refusal({
      code: 'VALIDATION_FAILED',
      rule: 'NOT_A_DATE',
      field: 'actions.0.deadline',
      violations: [
        { rule: 'NOT_A_DATE', field: 'actions.0.deadline', params: {} },
        { rule: 'TOO_SMALL', field: 'units.0.offered', params: { min: 0 } },
      ],
    });
    expect(problemsOf(error, ['actions.0.deadline'])).toEqual({
      summary: [
        'Uppgifterna är inte giltiga.',
        'Antal erbjudna får inte vara mindre än 0.',
        'Rätta de markerade fälten.',
      ],
      byField: { 'actions.0.deadline': 'Senast måste vara ett datum (ÅÅÅÅ-MM-DD).' },
    });
  });

  it('leads invalid input without a known rule with what the refusal means, once', () => {
    expect(problemsOf(refusal({ code: 'VALIDATION_FAILED', field: 'series' }), ['horizon']).summary).toEqual([
      'Uppgifterna är inte giltiga.',
    ]);
  });

  it('says other refusals as they are, without the lead for invalid input', () => {
    expect(problemsOf(refusal({ code: 'CONFLICT' })).summary).toEqual([
      'Uppgiften krockar med något som redan finns eller har hänt.',
    ]);
  });

  it('shows a client-side problem by its own message, and anything else as an internal error', () => {
    expect(
      problemsOf(new GatewayError({ code: 'NETWORK' }, 'Det går inte att nå Kvalitetsnav just nu.')).summary,
    ).toEqual(['Det går inte att nå Kvalitetsnav just nu.']);
    expect(problemsOf(new Error('boom')).summary).toEqual([expect.stringMatching(/^Något gick fel/)]);
    expect(problemsOf(null)).toEqual({ summary: [], byField: {} });
  });
});
