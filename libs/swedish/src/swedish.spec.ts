import {
  CommonRules,
  commonViolation,
  ContractsRules,
  DeviationsRules,
  deviationsViolation,
  ForecastingRules,
  SCHEMA_ENUM_NAMES,
  ReportsRules,
  SurveysRules,
} from '@kvalitetsnav/codes';
import { ENUM_LABELS, enumLabel } from './enum-labels';
import { RULE_MESSAGES, swedishRefusal, swedishRefusals } from './describe-error';
import { ratioExclusion } from './deviations-explanations';
import { swedishNumber } from './numbers';
import { DEVIATIONS_RULE_MESSAGES } from './deviations-messages';
import { SURVEYS_RULE_MESSAGES } from './surveys-messages';
import { fieldName } from './field-names';
import { surveyExclusion } from './surveys-explanations';

describe('the Swedish catalogue', () => {
  it('has a sentence for every rule of every service', () => {
    const rules = [CommonRules, ContractsRules, SurveysRules, DeviationsRules, ForecastingRules, ReportsRules].flatMap(
      Object.keys,
    );
    expect(rules.filter((rule) => !(rule in RULE_MESSAGES))).toEqual([]);
  });

  it('says the same of a rule two services share a name for (the catalogue holds one sentence per name)', () => {
    const sets = { CommonRules, ContractsRules, SurveysRules, DeviationsRules, ForecastingRules, ReportsRules };
    const owners = new Map<string, string[]>();
    for (const [set, rules] of Object.entries(sets)) {
      for (const rule of Object.keys(rules)) owners.set(rule, [...(owners.get(rule) ?? []), set]);
    }
    const shared = [...owners].filter(([, of]) => of.length > 1).map(([rule, of]) => `${rule}: ${of.join(', ')}`);
    // CSV_EMPTY means "the file is empty" wherever a file is imported; any other overlap is a clash.
    expect(shared).toEqual(['CSV_EMPTY: SurveysRules, DeviationsRules']);
    expect(SURVEYS_RULE_MESSAGES.CSV_EMPTY({}, 'Filen')).toBe(DEVIATIONS_RULE_MESSAGES.CSV_EMPTY({}, 'Filen'));
  });

  it('has a label for every value of every enum in the schema', () => {
    const missing = SCHEMA_ENUM_NAMES.flatMap((name) => (name in ENUM_LABELS ? [] : [name]));
    expect(missing).toEqual([]);
  });

  it('turns a refusal into Swedish from its rule and params, not its English message', () => {
    const refusal = commonViolation('UNKNOWN', 'unitId', { entity: 'UNIT', ids: ['u1'] });
    expect(swedishRefusal(refusal)).toBe('Det finns ingen enhet med id u1.');
    expect(swedishRefusal(commonViolation('UNKNOWN', 'contractId', { entity: 'CONTRACT', ids: ['c1'] }))).toBe(
      'Det finns inget avtal med id c1.',
    );
    expect(
      swedishRefusal({ code: 'VALIDATION_FAILED', rule: 'TEXT_LENGTH', field: 'name', params: { min: 1, max: 200 } }),
    ).toBe('Namn måste fyllas i, med högst 200 tecken.');
  });

  it('falls back to what the kind of refusal means when the rule is unknown here', () => {
    expect(swedishRefusal({ code: 'RATE_LIMITED' })).toMatch(/^För många förfrågningar/);
    expect(swedishRefusal({ code: 'CONFLICT', rule: 'A_RULE_FROM_A_NEWER_SERVER' })).toMatch(/^Uppgiften krockar/);
    expect(swedishRefusal({})).toMatch(/^Något gick fel/);
  });

  it('lists every violation with its field', () => {
    expect(
      swedishRefusals({
        code: 'VALIDATION_FAILED',
        violations: [
          { rule: 'NOT_A_DATE', field: 'startDate', params: {} },
          { rule: 'TOO_SMALL', field: 'units.0.offered', params: { min: 0 } },
        ],
      }),
    ).toEqual([
      { field: 'startDate', message: 'Startdatum måste vara ett datum (ÅÅÅÅ-MM-DD).' },
      { field: 'units.0.offered', message: 'Antal erbjudna får inte vara mindre än 0.' },
    ]);
  });

  it('names fields in Swedish, or by their path', () => {
    expect(fieldName('units.3.offered')).toBe('Antal erbjudna');
    expect(fieldName('figures.usersServed')).toBe('Fältet figures.usersServed');
  });

  it('labels enum values, and shows an unknown value as it is', () => {
    expect(enumLabel('DeviationStatus', 'FINAL_ASSESSMENT')).toBe('Slutbedömd');
    expect(enumLabel('DeviationStatus', 'SPACE_STATION')).toBe('SPACE_STATION');
  });
});

describe('the explanations of deviation statistics', () => {
  it('say what a ratio left out and why, from its code', () => {
    expect(ratioExclusion({ excluded: 3, excludedCode: 'STILL_WITHIN_TWO_MONTHS' })).toBe(
      '3 avvikelser räknas inte med eftersom de ännu är inom sina två månader.',
    );
    expect(ratioExclusion({ excluded: 1, excludedCode: 'STILL_WITHIN_TWO_MONTHS' })).toBe(
      '1 avvikelse räknas inte med eftersom den ännu är inom sina två månader.',
    );
    expect(ratioExclusion({ excluded: 0, excludedCode: null })).toBeNull();
  });
});

describe('the Swedish of deviation rules', () => {
  it('names statuses and kinds in Swedish', () => {
    expect(
      swedishRefusal(
        deviationsViolation('NOT_NEXT_STATUS', 'to', { from: 'REPORTED', to: 'CLOSED', next: 'INVESTIGATING' }),
      ),
    ).toBe('En avvikelse med status ”Rapporterad” kan bara gå vidare till ”Utreds”, inte till ”Avslutad”.');
    expect(swedishRefusal(deviationsViolation('NOT_REPORTED_TO_IVO', 'to', { kind: 'LEX_MARIA' }))).toBe(
      'Ett allvarligt ärende enligt lex Maria måste anmälas till IVO innan det avslutas.',
    );
  });

  it('names the CSV column a rule is about', () => {
    expect(swedishRefusal({ rule: 'NOT_A_DATE', field: 'occurred_on', params: {} })).toBe(
      'Kolumnen occurred_on måste vara ett datum (ÅÅÅÅ-MM-DD).',
    );
  });
});

describe('survey explanations', () => {
  it('say what a figure left out, from the code and its params', () => {
    expect(surveyExclusion({ reasonCode: 'OPTED_OUT_UNITS', units: 5 })).toBe(
      'erbjudna vid 5 enheter som avstod från att delta',
    );
    expect(surveyExclusion({ reasonCode: 'OPTED_OUT_UNITS', units: 1 })).toBe(
      'erbjudna vid 1 enhet som avstod från att delta',
    );
    expect(surveyExclusion({ reasonCode: 'NON_SUBSTANTIVE' })).toBe(
      'svaren "vet inte", "vill inte svara" och "inte aktuellt"',
    );
    expect(surveyExclusion({ reasonCode: 'UNANSWERED', units: null })).toBe('obesvarade frågor');
    expect(surveyExclusion({ reasonCode: 'A_NEWER_REASON' })).toBe('A_NEWER_REASON');
  });

  it('turn a refused CSV row into Swedish from its rule and params', () => {
    expect(
      swedishRefusal({
        rule: 'MORE_ANSWERS_THAN_OFFERED',
        field: 'unit_id',
        params: { unitId: 'u1', unitName: 'Servicebostad Eken', answers: 9, offered: 8 },
      }),
    ).toBe('Servicebostad Eken skulle få 9 svar, men bara 8 har erbjudits att svara.');
    expect(swedishRefusal({ rule: 'NOT_A_KOLADA_KPI', field: 'values.0.kpi', params: {} })).toBe(
      'Nyckeltal måste skrivas som i Kolada, t.ex. U28532.',
    );
  });
});

describe('numbers the Swedish way', () => {
  it('groups thousands with a space from five digits on, and does not split a year or a four-digit count', () => {
    expect(swedishNumber(2000)).toBe('2000');
    expect(swedishNumber(12000).replace(/\s/g, ' ')).toBe('12 000');
  });
  it('puts a comma before decimals', () => {
    expect(swedishNumber(0.5, 2)).toBe('0,50');
  });
});
