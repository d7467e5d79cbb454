import { pulseFollowUpRefusals, pulseFollowUpUnitRefusal } from './pulse-follow-up-rules';

const today = '2022-03-16'; // week 11
const followUp = {
  week: '2022-W10',
  contactedBy: 'Anna Andersson',
  contactedOn: '2022-03-08',
  outcomeText: 'Vikarier är inbokade.',
};

describe('following up a pulse signal', () => {
  it('is recorded for a week whose answer holds a signal, by whom, and what came of it', () => {
    expect(pulseFollowUpRefusals(followUp, 2, today)).toEqual([]);
  });

  it('is refused for a week without a signal', () => {
    expect(pulseFollowUpRefusals(followUp, 0, today)).toEqual([
      expect.objectContaining({ rule: 'PULSE_NO_SIGNAL', field: 'week', params: { week: '2022-W10' } }),
    ]);
  });

  it('names who made the contact and what came of it', () => {
    expect(pulseFollowUpRefusals({ ...followUp, contactedBy: ' ', outcomeText: '' }, 1, today)).toEqual([
      expect.objectContaining({ rule: 'REQUIRED', field: 'contactedBy' }),
      expect.objectContaining({ rule: 'REQUIRED', field: 'outcomeText' }),
    ]);
  });

  it('was made in the signal week or later, and not after today', () => {
    expect(pulseFollowUpRefusals({ ...followUp, contactedOn: '2022-03-07' }, 1, today)).toEqual([]);
    expect(pulseFollowUpRefusals({ ...followUp, contactedOn: today }, 1, today)).toEqual([]);
    expect(pulseFollowUpRefusals({ ...followUp, contactedOn: '2022-03-06' }, 1, today)).toEqual([
      expect.objectContaining({
        rule: 'PULSE_CONTACT_BEFORE_WEEK',
        field: 'contactedOn',
        params: { week: '2022-W10', weekStart: '2022-03-07' },
      }),
    ]);
    expect(pulseFollowUpRefusals({ ...followUp, contactedOn: '2022-03-17' }, 1, today)).toEqual([
      expect.objectContaining({ rule: 'IN_THE_FUTURE', field: 'contactedOn', params: { value: '2022-03-17', today } }),
    ]);
  });
});

describe('the unit a follow-up names', () => {
  const provider = { id: 'p-norr', name: 'Omsorg i Norr AB' };

  it('may be left out: the follow-up is of the provider as a whole', () => {
    expect(pulseFollowUpUnitRefusal(null, null, provider)).toBeNull();
  });

  it('is a unit of the provider followed up', () => {
    expect(
      pulseFollowUpUnitRefusal('u-linden', { id: 'u-linden', name: 'Linden', providerId: 'p-norr' }, provider),
    ).toBeNull();
  });

  it('is refused when it is another provider’s, naming both', () => {
    expect(
      pulseFollowUpUnitRefusal('u-eken', { id: 'u-eken', name: 'Gruppbostad Eken', providerId: 'p-syd' }, provider),
    ).toMatchObject({
      rule: 'PULSE_UNIT_NOT_OF_PROVIDER',
      field: 'unitId',
      params: {
        unitId: 'u-eken',
        unitName: 'Gruppbostad Eken',
        providerId: 'p-norr',
        providerName: 'Omsorg i Norr AB',
      },
    });
  });

  it('is refused when it names no unit', () => {
    expect(pulseFollowUpUnitRefusal('u-x', null, provider)).toMatchObject({
      code: 'NOT_FOUND',
      rule: 'UNKNOWN',
      params: { entity: 'UNIT', ids: ['u-x'] },
    });
  });
});
