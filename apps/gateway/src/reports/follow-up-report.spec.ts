import { buildFollowUpReport, FollowUpReportSource } from './follow-up-report';
import { renderHtml } from './render-html';

const reported: FollowUpReportSource = {
  id: 'f1',
  title: 'Fördjupad uppföljning UPP-01',
  type: 'SPECIFIC',
  status: 'REPORTED',
  purpose: 'Synpunkter om bemötande nattetid.',
  plannedOn: '2022-04-01',
  reportedOn: '2022-05-10',
  publishedOn: '2022-05-20',
  methods: ['INTERVIEW', 'DOCUMENT_REVIEW'],
  findings: 'Genomförandeplaner saknas för två brukare.',
  decisionNeeded: true,
  boardMeetingOn: null,
  contract: {
    reference: 'UPP-01',
    title: 'Hemtjänst Björken',
    form: 'LOV',
    units: [{ name: 'Hemtjänst Björken', serviceAreaName: 'Hemtjänst' }],
  },
  provider: { name: 'Björkens Vård AB' },
  actions: [
    {
      description: 'Upprätta genomförandeplaner',
      deadline: '2022-06-30',
      status: 'PLAN_RECEIVED',
      actionPlan: 'Planerna skrivs i juni.',
      completedOn: null,
      verifiedOn: null,
    },
  ],
};

const text = (doc: ReturnType<typeof buildFollowUpReport>) =>
  doc.sections
    .map((s) => [s.heading, ...s.paragraphs, ...s.tables.flatMap((t) => t.rows.flat())].join('\n'))
    .join('\n');

describe('the written follow-up report', () => {
  it('has the template’s sections: background, method, findings, required actions, the provider’s answer', () => {
    const doc = buildFollowUpReport(reported, '2022-05-20');
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Bakgrund',
      'Metod',
      'Iakttagelser',
      'Krav på åtgärder',
      'Utförarens svar',
    ]);
    expect(doc.title).toBe('Uppföljningsrapport: Fördjupad uppföljning UPP-01');
  });

  it('says in Swedish which contract, provider and units, why, how, and what was required and answered', () => {
    const all = text(buildFollowUpReport(reported, '2022-05-20'));
    expect(all).toContain('Uppföljningen gäller avtalet UPP-01 Hemtjänst Björken (Valfrihetssystem enligt LOV).');
    expect(all).toContain('Utförare: Björkens Vård AB.');
    expect(all).toContain('Hemtjänst Björken (Hemtjänst)');
    expect(all).toContain('Syfte: Synpunkter om bemötande nattetid.');
    expect(all).toContain('Metoder: Intervju, Dokumentgranskning.');
    expect(all).toContain('Uppföljningen lyfts som beslutsärende till nästa nämndsammanträde.');
    expect(all).toContain('Planerna skrivs i juni.');
    expect(all).toContain('2022-06-30');
  });

  it('of an overarching follow-up names no contract, and says when nothing was required', () => {
    const all = text(
      buildFollowUpReport({ ...reported, type: 'OVERARCHING', contract: null, provider: null, actions: [] }, 'x'),
    );
    expect(all).toContain('Uppföljningen är övergripande och gäller inte ett enskilt avtal.');
    expect(all).toContain('Uppföljningen ledde inte till några krav på åtgärder.');
    expect(all).not.toContain('Utförare:');
  });

  it('of a thematic follow-up carries its results across units, beside the earlier round', () => {
    const thematic = {
      guide: {
        title: 'Extrapersonal',
        version: 2,
        questions: [
          { key: 'unqualified', text: 'Finns outbildad personal?', askedWhenYes: null },
          { key: 'validation', text: 'Finns en plan för validering?', askedWhenYes: 'unqualified' },
        ],
      },
      units: Array.from({ length: 19 }, (_, i) => ({ unitId: `u${i}` })),
      results: [
        {
          questionKey: 'unqualified',
          of: 19,
          values: [
            { value: 'YES', count: 8 },
            { value: 'NO', count: 11 },
          ],
          previous: { yes: { count: 5, of: 19 } },
        },
        { questionKey: 'validation', of: 8, values: [{ value: 'NO', count: 6 }], previous: null },
      ],
    };
    const doc = buildFollowUpReport({ ...reported, type: 'THEMATIC', contract: null, provider: null }, 'x', thematic);
    expect(doc.sections.map((s) => s.heading)).toContain('Resultat per fråga');
    const results = doc.sections.find((s) => s.heading === 'Resultat per fråga')!;
    expect(results.paragraphs).toEqual(['Frågeguiden Extrapersonal (version 2) användes vid 19 enheter.']);
    expect(results.tables[0].rows).toEqual([
      ['Finns outbildad personal?', 'Ja: 8 av 19, Nej: 11 av 19', '5 av 19'],
      ['Finns en plan för validering? (bland dem som svarat ja på ”Finns outbildad personal?”)', 'Nej: 6 av 8', '–'],
    ]);
  });

  it('escapes every user text in the HTML', () => {
    const html = renderHtml(
      buildFollowUpReport({ ...reported, findings: '<script>alert(1)</script>', title: '<img src=x>' }, 'x'),
    );
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
