import { enumLabel } from '@kvalitetsnav/swedish';
import type { FollowUpReportQuery } from './__generated__/graphql';
import { ReportDocument, section } from './report-model';

export type FollowUpReportSource = NonNullable<FollowUpReportQuery['followUp']>;
export type ThematicReportSource = NonNullable<FollowUpReportQuery['thematicFollowUp']>;

const ANSWER_LABELS: Record<string, string> = { YES: 'Ja', NO: 'Nej' };

const list = (items: string[]) => (items.length ? items.join(', ') : '–');

/**
 * The written follow-up report (uppföljningsrapport) with the sections of the template in
 * seed 002 §3.3: background, method, findings, required actions and the provider's answer.
 * It names no official: the same document is what the municipality's website shows.
 */
export function buildFollowUpReport(
  f: FollowUpReportSource,
  generatedAt: string,
  thematic?: ThematicReportSource | null,
): ReportDocument {
  const units = f.contract?.units ?? [];
  const background = [
    f.contract
      ? `Uppföljningen gäller avtalet ${f.contract.reference} ${f.contract.title} (${enumLabel('ContractForm', f.contract.form)}).`
      : 'Uppföljningen är övergripande och gäller inte ett enskilt avtal.',
    ...(f.provider ? [`Utförare: ${f.provider.name}.`] : []),
    ...(units.length ? [`Verksamheter: ${list(units.map((u) => `${u.name} (${u.serviceAreaName})`))}.`] : []),
    `Typ av uppföljning: ${enumLabel('FollowUpType', f.type)}.`,
    f.purpose ? `Syfte: ${f.purpose}` : 'Inget särskilt syfte angavs utöver den planerade uppföljningen.',
  ];
  const method = [
    `Metoder: ${list(f.methods.map((m) => enumLabel('FollowUpMethod', m)))}.`,
    'Uppföljningen genomfördes av förvaltningens ansvariga och biträdande tjänsteman.',
    `Planerad ${f.plannedOn}${f.reportedOn ? `, rapporterad ${f.reportedOn}` : ''}.`,
  ];
  const decision = f.decisionNeeded
    ? [
        f.boardMeetingOn
          ? `Uppföljningen lyftes som beslutsärende i nämnden ${f.boardMeetingOn}.`
          : 'Uppföljningen lyfts som beslutsärende till nästa nämndsammanträde.',
      ]
    : [];
  return {
    title: `Uppföljningsrapport: ${f.title}`,
    subtitle: [f.provider?.name, f.contract?.reference, f.publishedOn ? `publicerad ${f.publishedOn}` : null]
      .filter(Boolean)
      .join(' · '),
    generatedAt,
    sections: [
      section('Bakgrund', { paragraphs: background }),
      section('Metod', { paragraphs: method }),
      section('Iakttagelser', { paragraphs: [f.findings ?? 'Inga iakttagelser är rapporterade ännu.', ...decision] }),
      ...(thematic ? [thematicResults(thematic)] : []),
      section('Krav på åtgärder', {
        paragraphs: f.actions.length ? [] : ['Uppföljningen ledde inte till några krav på åtgärder.'],
        tables: f.actions.length
          ? [
              {
                caption: 'Krav på åtgärder och när de senast ska vara åtgärdade',
                columns: ['Åtgärd', 'Senast'],
                rows: f.actions.map((a) => [a.description, a.deadline]),
              },
            ]
          : [],
      }),
      section('Utförarens svar', {
        paragraphs: f.actions.length ? [] : ['Inga krav på åtgärder att svara på.'],
        tables: f.actions.length
          ? [
              {
                caption: 'Utförarens åtgärdsplaner och status',
                columns: ['Åtgärd', 'Åtgärdsplan', 'Status', 'Klar', 'Kontrollerad'],
                rows: f.actions.map((a) => [
                  a.description,
                  a.actionPlan ?? 'Ingen åtgärdsplan har kommit in.',
                  enumLabel('FollowUpActionStatus', a.status),
                  a.completedOn ?? '–',
                  a.verifiedOn ?? '–',
                ]),
              },
            ]
          : [],
      }),
    ],
  };
}

/**
 * An overarching or thematic follow-up's findings across units, question by question, as
 * "8 av 19" with the guide's earlier round beside them; a conditional question counts the units
 * it was asked of.
 */
function thematicResults(t: ThematicReportSource) {
  const textOf = (key: string) => t.guide.questions.find((q) => q.key === key)?.text ?? key;
  const rows = t.results.map((r) => {
    const condition = t.guide.questions.find((q) => q.key === r.questionKey)?.askedWhenYes;
    const answers = r.values.map((v) => `${ANSWER_LABELS[v.value] ?? v.value}: ${v.count} av ${r.of}`).join(', ');
    return [
      condition
        ? `${textOf(r.questionKey)} (bland dem som svarat ja på ”${textOf(condition)}”)`
        : textOf(r.questionKey),
      answers || `${r.of} svar`,
      r.previous ? `${r.previous.yes.count} av ${r.previous.yes.of}` : '–',
    ];
  });
  return section('Resultat per fråga', {
    paragraphs: [
      `Frågeguiden ${t.guide.title} (version ${t.guide.version}) användes vid ${t.units.length} enheter.`,
      ...(rows.length ? [] : ['Inga enheter har besvarat frågorna ännu.']),
    ],
    tables: rows.length
      ? [{ caption: 'Svar per fråga över enheterna', columns: ['Fråga', 'Svar', 'Förra omgången (ja)'], rows }]
      : [],
  });
}
