import { deviationEvent, reportedEventType } from './deviation-event-rules';
import { Deviation } from './deviation.entity';

const deviation = (overrides: Partial<Deviation> = {}): Deviation =>
  ({
    id: 'd1',
    unitId: 'u1',
    providerId: 'p1',
    serviceArea: 'NURSING_HOME',
    kind: 'LEX_SARAH',
    status: 'ACTIONS_REGISTERED',
    occurredOn: '2022-03-01',
    description: 'Kränkande bemötande av [personnummer]',
    actions: 'Samtal med personalen om Anna',
    finalAssessment: null,
    reportedAt: new Date('2022-03-02T09:00:00Z'),
    version: 3,
    ...overrides,
  }) as Deviation;

describe('events of deviations', () => {
  it('are keyed by the deviation and carry its facts, on the topic of its kind', () => {
    expect(deviationEvent(deviation(), 'DeviationStatusChanged')).toEqual({
      topic: 'deviations.deviation.v1',
      key: 'd1',
      type: 'DeviationStatusChanged',
      payload: {
        id: 'd1',
        unitId: 'u1',
        providerId: 'p1',
        serviceArea: 'NURSING_HOME',
        kind: 'LEX_SARAH',
        status: 'ACTIONS_REGISTERED',
        occurredOn: '2022-03-01',
        reportedAt: '2022-03-02T09:00:00.000Z',
        version: 3,
      },
    });
    expect(deviationEvent(deviation({ kind: 'COMPLAINT', status: 'REPORTED' }), 'ComplaintRegistered')).toMatchObject({
      topic: 'deviations.complaint.v1',
      payload: { receivedOn: '2022-03-01', status: 'REPORTED' },
    });
  });

  it('carry no free text, which may hold personal data even after redaction', () => {
    for (const kind of ['LEX_SARAH', 'COMPLAINT'] as const) {
      const text = JSON.stringify(deviationEvent(deviation({ kind }), 'DeviationAssessed'));
      expect(text).not.toMatch(/Kränkande|personnummer|Anna/);
    }
  });

  it('announce a new complaint as registered and anything else as reported', () => {
    expect(reportedEventType({ kind: 'COMPLAINT' })).toBe('ComplaintRegistered');
    expect(reportedEventType({ kind: 'HSL' })).toBe('DeviationReported');
  });
});
