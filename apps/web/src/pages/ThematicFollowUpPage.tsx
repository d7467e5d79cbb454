import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { enumLabel } from '@kvalitetsnav/swedish';
import type { ThematicFollowUpPageQuery } from '../__generated__/graphql';
import { Field } from '../components/form';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, FieldError, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { hasRole, MEDICAL, OFFICIALS, useSession, WRITERS } from '../session';
import { RECORD_UNIT_FINDINGS, START_SPECIFIC_FOLLOW_UPS, THEMATIC_FOLLOW_UP } from './ThematicFollowUpPage.operations';
import { useServiceAreas } from '../components/ServiceAreas';

type Thematic = NonNullable<ThematicFollowUpPageQuery['thematicFollowUp']>;
type Unit = Thematic['units'][number];
type Question = Thematic['guide']['questions'][number];

const VALUE_LABELS: Record<string, string> = { YES: 'Ja', NO: 'Nej' };
const valueLabel = (v: string) => VALUE_LABELS[v] ?? v;

/** One unit's answers to the guide: a conditional question shows once its condition is answered yes. */
function UnitFindings({ followUpId, unit, questions }: { followUpId: string; unit: Unit; questions: Question[] }) {
  const { areaName } = useServiceAreas();
  const record = useGatewayMutation(RECORD_UNIT_FINDINGS);
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries((unit.answers ?? []).map((a) => [a.questionKey, a.value])),
  );
  const asked = questions.filter((q) => !q.askedWhenYes || values[q.askedWhenYes] === 'YES');
  const problems = useFormProblems(record.error, ['answers', ...asked.map((_, i) => `answers.${i}.value`)]);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const answers = asked
      .filter((q) => values[q.key] !== undefined && values[q.key] !== '')
      .map((q) => ({ questionKey: q.key, value: values[q.key] }));
    await record.mutateAsync({ input: { followUpId, unitId: unit.unitId, answers } }).catch(() => undefined);
  }
  const answered = asked.filter((q) => values[q.key] !== undefined && values[q.key] !== '');
  return (
    <form onSubmit={onSubmit} aria-label={`Svar för ${unit.name}`}>
      <h3>{unit.name}</h3>
      <p className="muted">
        {unit.providerName}, {areaName(unit.serviceArea)}
      </p>
      <ErrorMessage problems={problems} />
      <FieldError problems={problems} field="answers" />
      {asked.map((q) => {
        const index = answered.indexOf(q);
        const field = `answers.${index < 0 ? 'x' : index}.value`;
        return (
          <Field
            key={q.key}
            label={`${q.text} (${unit.name})`}
            field={field}
            problems={problems}
            hint={q.requirement ?? undefined}
          >
            {(p) =>
              q.answerType === 'YES_NO' || q.answerType === 'CHOICE' ? (
                <select
                  {...p}
                  value={values[q.key] ?? ''}
                  onChange={(e) => setValues({ ...values, [q.key]: e.target.value })}
                >
                  <option value="">Inte besvarad</option>
                  {(q.answerType === 'YES_NO' ? ['YES', 'NO'] : q.options).map((o) => (
                    <option key={o} value={o}>
                      {valueLabel(o)}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...p}
                  value={values[q.key] ?? ''}
                  onChange={(e) => setValues({ ...values, [q.key]: e.target.value })}
                />
              )
            }
          </Field>
        );
      })}
      <button type="submit" disabled={record.isPending}>
        Spara svar för {unit.name}
      </button>
      {record.isSuccess && <p role="status">Svaren för {unit.name} är sparade.</p>}
    </form>
  );
}

/** A thematic follow-up: its plan, findings per unit, results n av N, and the specific follow-ups it started. */
export function ThematicFollowUpPage() {
  const { areaName } = useServiceAreas();
  const session = useSession();
  // The MAS/MAR takes part: they record findings, but the follow-up's own pages are the officials'.
  const recorder = hasRole(session, [...WRITERS, ...MEDICAL]);
  const official = hasRole(session, OFFICIALS);
  const { id = '' } = useParams();
  const { data, error, isLoading } = useGatewayQuery(THEMATIC_FOLLOW_UP, { id });
  const start = useGatewayMutation(START_SPECIFIC_FOLLOW_UPS);
  const [chosen, setChosen] = useState<string[]>([]);
  const [plannedOn, setPlannedOn] = useState('');
  const startProblems = useFormProblems(start.error, ['unitIds', 'plannedOn']);
  if (isLoading) return <Loading what="uppföljningen" />;
  if (error || !data?.thematicFollowUp) return <ErrorMessage error={error ?? new Error('Uppföljningen finns inte.')} />;
  const t = data.thematicFollowUp;
  const questionText = (key: string) => t.guide.questions.find((q) => q.key === key)?.text ?? key;
  const conditionOf = (key: string) => t.guide.questions.find((q) => q.key === key)?.askedWhenYes;

  async function onStart(e: FormEvent) {
    e.preventDefault();
    await start
      .mutateAsync({ input: { followUpId: t.followUp.id, unitIds: chosen, plannedOn } })
      .catch(() => undefined);
  }

  return (
    <Page title={t.followUp.title}>
      <p>
        {enumLabel('FollowUpType', t.followUp.type)} · planerad {t.followUp.plannedOn} ·{' '}
        {enumLabel('ThematicScopeKind', t.scopeKind)} · {t.guide.title} version {t.guide.version}
      </p>
      {t.followUp.purpose && <p>{t.followUp.purpose}</p>}
      {official && (
        <p>
          <Link to={`/uppfoljning/${t.followUp.id}`}>Uppföljningens arbetsgång</Link>
        </p>
      )}

      <h2>Resultat</h2>
      <ScrollBox label="Resultat per fråga">
        <table aria-label="Resultat">
          <thead>
            <tr>
              <th>Fråga</th>
              <th>Svar</th>
              <th>Per utförare (ja)</th>
              <th>Per verksamhetsområde (ja)</th>
              <th>Förra omgången (ja)</th>
            </tr>
          </thead>
          <tbody>
            {t.results.map((r) => (
              <tr key={r.questionKey}>
                <td>
                  {questionText(r.questionKey)}
                  {conditionOf(r.questionKey)
                    ? ` (bland dem som svarat ja på ”${questionText(conditionOf(r.questionKey)!)}”)`
                    : ''}
                </td>
                <td>
                  {r.values.map((v) => `${valueLabel(v.value)}: ${v.count} av ${r.of}`).join(', ') || `${r.of} svar`}
                </td>
                <td>{r.byProvider.map((p) => `${p.providerName}: ${p.yes.count} av ${p.yes.of}`).join('; ')}</td>
                <td>
                  {r.byServiceArea.map((s) => `${areaName(s.serviceArea)}: ${s.yes.count} av ${s.yes.of}`).join('; ')}
                </td>
                <td>{r.previous ? `${r.previous.yes.count} av ${r.previous.yes.of}` : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>

      {recorder && (
        <>
          <h2>Svar per enhet</h2>
          {t.units.map((u) => (
            <UnitFindings key={u.unitId} followUpId={t.followUp.id} unit={u} questions={t.guide.questions} />
          ))}
        </>
      )}

      <h2>Fördjupade uppföljningar</h2>
      <ul aria-label="Fördjupade uppföljningar">
        {t.children.map((c) => (
          <li key={c.id}>{official ? <Link to={`/uppfoljning/${c.id}`}>{c.title}</Link> : c.title}</li>
        ))}
      </ul>
      {hasRole(session, WRITERS) && (
        <form onSubmit={onStart} aria-label="Starta fördjupade uppföljningar">
          <ErrorMessage problems={startProblems} />
          <fieldset>
            <legend>Enheter att följa upp fördjupat</legend>
            {t.units.map((u) => (
              <label key={u.unitId}>
                <input
                  type="checkbox"
                  checked={chosen.includes(u.unitId)}
                  onChange={(e) =>
                    setChosen(e.target.checked ? [...chosen, u.unitId] : chosen.filter((x) => x !== u.unitId))
                  }
                />
                Välj {u.name}
              </label>
            ))}
          </fieldset>
          <Field label="Fördjupade uppföljningar planeras" field="plannedOn" problems={startProblems}>
            {(p) => <input {...p} type="date" value={plannedOn} onChange={(e) => setPlannedOn(e.target.value)} />}
          </Field>
          <button type="submit" disabled={start.isPending}>
            Starta fördjupade uppföljningar
          </button>
        </form>
      )}
    </Page>
  );
}
