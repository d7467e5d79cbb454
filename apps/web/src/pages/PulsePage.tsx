import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { addDays, isoWeekOf, stockholmToday } from '@kvalitetsnav/calendar';
import { enumLabel } from '@kvalitetsnav/swedish';
import type {
  PulseAnswerType,
  PulseFollowUpOutcome,
  PulsePeriodsQuery,
  PulseTrendQuery,
  PulseWeekOverviewQuery,
} from '../__generated__/graphql';
import { Field, formatDate, Saved, useFocusOnError, useSaved } from '../components/form';
import { textOf } from '../components/RegisterFields';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { hasRole, useSession, WRITERS } from '../session';
import {
  END_PULSE_PERIOD,
  OPEN_PULSE_PERIOD,
  PULSE_PERIODS,
  PULSE_TREND,
  PULSE_TREND_OF,
  PULSE_TREND_PER_UNIT,
  PULSE_WEEK_OVERVIEW,
  RECORD_PULSE_FOLLOW_UP,
} from './PulsePage.operations';
import { pulseAnswerText, pulseValueLabel, type PulseQuestionOf, weekLabel } from './pulse';

type Period = PulsePeriodsQuery['pulsePeriods'][number];
type Overview = PulseWeekOverviewQuery['pulseOverview'];
type UnitAnswer = Overview['unitAnswers'][number];

/** "Gruppbostad Linden (Omsorg i Norr AB)"; an answer from before answers were per unit is the provider's. */
const unitLabel = (unitName: string | null | undefined, providerName: string) =>
  unitName ? `${unitName} (${providerName})` : providerName;

const ANSWER_TYPES: readonly PulseAnswerType[] = ['SCALE', 'YES_NO'];
const OUTCOMES: readonly PulseFollowUpOutcome[] = ['RESOLVED', 'ACTION_NEEDED', 'NO_ACTION'];

/** The questions a new pulse starts from: the ones asked before pulses had their own. */
const DEFAULT_QUESTIONS: PulseQuestionOf[] = [
  { key: 'IMPACT', text: 'Påverkan på verksamheten', answerType: 'SCALE' },
  { key: 'STAFFING', text: 'Bemanning', answerType: 'SCALE' },
  { key: 'PROTECTIVE_EQUIPMENT', text: 'Skyddsutrustning', answerType: 'SCALE' },
  { key: 'WORRY', text: 'Oro hos personal och brukare', answerType: 'SCALE' },
];

/** A key for a question the official adds: FRAGA_1, FRAGA_2, … not yet used. */
function newKey(questions: readonly PulseQuestionOf[]): string {
  for (let n = 1; ; n++) if (!questions.some((q) => q.key === `FRAGA_${n}`)) return `FRAGA_${n}`;
}

/** The weeks an official can look back on. */
const WEEKS_BACK = 12;
const WEEK_HINT = 'Som ÅÅÅÅ-Vnn, till exempel 2026-W49.';

/** Forms here tell the section what they saved: an opened period replaces its form, and the message stays. */
type Notify = (message: string) => void;

function OpenPeriodForm({ thisWeek, notify }: { thisWeek: string; notify: Notify }) {
  const open = useGatewayMutation(OPEN_PULSE_PERIOD);
  const [questions, setQuestions] = useState<PulseQuestionOf[]>(DEFAULT_QUESTIONS);
  const problems = useFormProblems(open.error, [
    'name',
    'fromWeek',
    'toWeek',
    'questions',
    ...questions.flatMap((_, i) => [`questions.${i}.key`, `questions.${i}.text`, `questions.${i}.answerType`]),
  ]);
  const change = (i: number, patch: Partial<PulseQuestionOf>) =>
    setQuestions((qs) => qs.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const errorRef = useFocusOnError(open.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // The form is gone once the period is open (the list refetches first), so the message is told
    // from the promise, which settles either way, not from mutate's callbacks, which a gone form drops.
    open
      .mutateAsync({
        input: {
          name: String(form.get('name') ?? ''),
          fromWeek: textOf(form, 'fromWeek'),
          toWeek: textOf(form, 'toWeek'),
          questions,
        },
      })
      .then(({ openPulsePeriod: p }) =>
        notify(
          `Pulsperioden ${p.name} är öppnad med ${p.questions.length} ${p.questions.length === 1 ? 'fråga' : 'frågor'} från ${weekLabel(p.fromWeek)}${p.toWeek ? ` till ${weekLabel(p.toWeek)}` : ' tills vidare'}. Utförare som inte har svarat påminns varje vecka.`,
        ),
      )
      .catch(() => undefined);
  }

  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Öppna en pulsperiod" onSubmit={onSubmit} noValidate>
        <h2>Öppna en pulsperiod</h2>
        <p>
          Under en kris svarar utförarna på pulsenkäten varje vecka. De som inte har svarat påminns med e-post. Välj
          frågorna för just den här krisen; de ställs varje vecka i perioden.
        </p>
        <Field label="Vad gäller den?" field="name" problems={problems} hint="Till exempel Covid-19 eller Värmebölja.">
          {(props) => <input {...props} name="name" />}
        </Field>
        <Field label="Första veckan" field="fromWeek" problems={problems} hint={WEEK_HINT}>
          {(props) => <input {...props} name="fromWeek" defaultValue={thisWeek} />}
        </Field>
        <Field label="Sista veckan (lämna tomt för tills vidare)" field="toWeek" problems={problems} hint={WEEK_HINT}>
          {(props) => <input {...props} name="toWeek" />}
        </Field>
        <fieldset aria-label="Pulsens frågor">
          <legend>Frågor varje vecka</legend>
          <p className="muted">
            En skala besvaras från 1 (inga problem) till 5 (mycket allvarligt) och är en signal från tröskeln och uppåt.
            En ja- eller nej-fråga ställs om ett problem: ja är en signal.
          </p>
          {questions.map((q, i) => (
            <div key={q.key} className="row">
              <Field label={`Fråga ${i + 1}`} field={`questions.${i}.text`} problems={problems}>
                {(props) => <input {...props} value={q.text} onChange={(e) => change(i, { text: e.target.value })} />}
              </Field>
              <Field label={`Svarstyp för fråga ${i + 1}`} field={`questions.${i}.answerType`} problems={problems}>
                {(props) => (
                  <select
                    {...props}
                    value={q.answerType}
                    onChange={(e) => change(i, { answerType: e.target.value as PulseAnswerType })}
                  >
                    {ANSWER_TYPES.map((t) => (
                      <option key={t} value={t}>
                        {enumLabel('PulseAnswerType', t)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button
                type="button"
                className="secondary"
                onClick={() => setQuestions((qs) => qs.filter((_, j) => j !== i))}
              >
                Ta bort fråga {i + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() => setQuestions((qs) => [...qs, { key: newKey(qs), text: '', answerType: 'SCALE' }])}
          >
            Lägg till en fråga
          </button>
        </fieldset>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={open.isPending}>
          Öppna pulsperioden
        </button>
      </form>
    </div>
  );
}

function EndPeriodForm({ period, thisWeek, notify }: { period: Period; thisWeek: string; notify: Notify }) {
  const end = useGatewayMutation(END_PULSE_PERIOD);
  const problems = useFormProblems(end.error, ['lastWeek', 'id']);
  const errorRef = useFocusOnError(end.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    end
      .mutateAsync({ input: { id: period.id, lastWeek: textOf(new FormData(event.currentTarget), 'lastWeek') } })
      .then(({ endPulsePeriod: p }) => notify(`Pulsperioden ${p.name} slutar med ${weekLabel(String(p.toWeek))}.`))
      .catch(() => undefined);
  }

  return (
    <div ref={errorRef}>
      <form className="form" aria-label={`Avsluta pulsperioden ${period.name}`} onSubmit={onSubmit} noValidate>
        <Field label="Sista veckan" field="lastWeek" problems={problems} hint={WEEK_HINT}>
          {(props) => <input {...props} name="lastWeek" defaultValue={period.toWeek ?? thisWeek} />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" className="secondary" disabled={end.isPending}>
          Avsluta perioden
        </button>
      </form>
    </div>
  );
}

function Periods({ thisWeek, canWrite }: { thisWeek: string; canWrite: boolean }) {
  const { data, error, isLoading } = useGatewayQuery(PULSE_PERIODS, {});
  const saved = useSaved();
  const periods = data?.pulsePeriods ?? [];
  // A period still running (no last week, or a last week not yet passed) can be ended.
  const running = periods.filter((p) => p.toWeek === null || p.toWeek >= thisWeek);
  return (
    <section aria-labelledby="pulse-periods">
      <h2 id="pulse-periods">Pulsperioder</h2>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="pulsperioderna" />}
      {data && (
        <ScrollBox label="Pulsperioder">
          <table>
            <caption>Pulsperioder, senaste först</caption>
            <thead>
              <tr>
                <th scope="col">Gäller</th>
                <th scope="col">Veckor</th>
                <th scope="col">Frågor</th>
                <th scope="col">Öppnad</th>
                <th scope="col">Avslutad av</th>
              </tr>
            </thead>
            <tbody>
              {periods.length === 0 && (
                <tr>
                  <td colSpan={5}>Ingen pulsperiod ännu.</td>
                </tr>
              )}
              {periods.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>
                    {weekLabel(p.fromWeek)} – {p.toWeek ? weekLabel(p.toWeek) : 'tills vidare'}
                  </td>
                  <td>
                    {p.questions
                      .map((q) => `${q.text} (${enumLabel('PulseAnswerType', q.answerType).toLowerCase()})`)
                      .join('; ')}
                  </td>
                  <td>
                    {formatDate(String(p.openedAt))}, {p.openedBy}
                  </td>
                  <td>{p.endedBy ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {canWrite &&
        running.map((p) => (
          <div key={p.id} className="card">
            <h3>Avsluta {p.name}</h3>
            <EndPeriodForm period={p} thisWeek={thisWeek} notify={saved.show} />
          </div>
        ))}
      <Saved message={saved.message} />
      {canWrite && data && running.length === 0 && <OpenPeriodForm thisWeek={thisWeek} notify={saved.show} />}
    </section>
  );
}

function FollowUpForm({
  week,
  providerId,
  unitId,
  label,
}: {
  week: string;
  providerId: string;
  unitId: string | null;
  label: string;
}) {
  const session = useSession();
  const record = useGatewayMutation(RECORD_PULSE_FOLLOW_UP);
  const problems = useFormProblems(record.error, [
    'contactedBy',
    'contactedOn',
    'outcome',
    'outcomeText',
    'week',
    'unitId',
  ]);
  const errorRef = useFocusOnError(record.error);
  const saved = useSaved();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    saved.clear();
    record.mutate(
      {
        input: {
          providerId,
          unitId,
          week,
          contactedBy: String(form.get('contactedBy') ?? ''),
          contactedOn: String(form.get('contactedOn') ?? ''),
          outcome: String(form.get('outcome')) as PulseFollowUpOutcome,
          outcomeText: String(form.get('outcomeText') ?? ''),
        },
      },
      {
        onSuccess: ({ recordPulseFollowUp: f }) =>
          saved.show(
            `Uppföljningen av ${label} ${weekLabel(f.week)} är sparad: ${enumLabel('PulseFollowUpOutcome', f.outcome).toLowerCase()}.`,
          ),
      },
    );
  }

  return (
    <div ref={errorRef}>
      <form className="form" aria-label={`Följ upp signalen från ${label}`} onSubmit={onSubmit} noValidate>
        <Field label="Vem tog kontakten" field="contactedBy" problems={problems}>
          {(props) => <input {...props} name="contactedBy" defaultValue={session.name} />}
        </Field>
        <Field label="Kontaktdag" field="contactedOn" problems={problems} hint="Som ÅÅÅÅ-MM-DD.">
          {(props) => <input {...props} name="contactedOn" type="date" defaultValue={stockholmToday()} />}
        </Field>
        <Field label="Utfall" field="outcome" problems={problems}>
          {(props) => (
            <select {...props} name="outcome" defaultValue="RESOLVED">
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {enumLabel('PulseFollowUpOutcome', o)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Vad kom ut av kontakten"
          field="outcomeText"
          problems={problems}
          hint="Skriv inga personuppgifter om brukare. Personnummer tas bort innan texten sparas."
        >
          {(props) => <textarea {...props} name="outcomeText" rows={3} />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={record.isPending}>
          Spara uppföljningen
        </button>
      </form>
      <Saved message={saved.message} />
    </div>
  );
}

/** The week's signals per unit with its provider, what has been done about them, and a form to record a follow-up. */
function Signals({ overview }: { overview: Overview }) {
  const session = useSession();
  const withSignals = overview.unitAnswers.filter((a) => a.signals.length > 0);
  return (
    <section aria-label="Signaler">
      <h3>Signaler</h3>
      {withSignals.map((a: UnitAnswer) => {
        const label = unitLabel(a.unit?.name, a.providerName);
        return (
          <div key={a.answer.id} className="card" role="group" aria-label={`Signaler från ${label}`}>
            <h4>
              {a.unit ? `${a.unit.name}, ` : ''}
              <Link to={`/utforare/${a.providerId}`}>{a.providerName}</Link>
            </h4>
            <ul>
              {a.signals.map((s) => (
                <li key={s.questionKey}>
                  {s.questionText}: {pulseValueLabel(s.answerType, s.score)}
                </li>
              ))}
            </ul>
            {a.followUps.length ? (
              <table>
                <caption>Uppföljning av signalerna från {label}</caption>
                <thead>
                  <tr>
                    <th scope="col">Kontakt</th>
                    <th scope="col">Gäller</th>
                    <th scope="col">Utfall</th>
                    <th scope="col">Vad kom ut av det</th>
                    <th scope="col">Antecknad av</th>
                  </tr>
                </thead>
                <tbody>
                  {a.followUps.map((f) => (
                    <tr key={f.id}>
                      <td>
                        {f.contactedBy}, {f.contactedOn}
                      </td>
                      <td>{f.unitId ? (a.unit?.name ?? 'Enheten') : 'Hela utföraren'}</td>
                      <td>{enumLabel('PulseFollowUpOutcome', f.outcome)}</td>
                      <td>{f.outcomeText}</td>
                      <td>{f.recordedBy}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>Inte uppföljd ännu.</p>
            )}
            {hasRole(session, WRITERS) && (
              <FollowUpForm week={overview.week} providerId={a.providerId} unitId={a.unit?.id ?? null} label={label} />
            )}
          </div>
        );
      })}
    </section>
  );
}

/** One question's week as it reads: "snitt 3,5 (2 svar, 1 signal)" or "ja 1, nej 2". */
function questionWeekText(
  answerType: PulseAnswerType,
  w: { answers: number; average?: number | null; yes: number; no: number; signals: number },
): string {
  if (!w.answers) return '–';
  const signals = `${w.signals} ${w.signals === 1 ? 'signal' : 'signaler'}`;
  return answerType === 'YES_NO'
    ? `ja ${w.yes}, nej ${w.no}`
    : `snitt ${String(w.average ?? '').replace('.', ',')} (${w.answers} svar, ${signals})`;
}

type TrendRow = PulseTrendQuery['pulseTrend']['units'][number];

/** A row's week as it reads: the answer, its signals and whether they are followed up. */
function TrendCell({ questions, w }: { questions: readonly PulseQuestionOf[]; w: TrendRow['weeks'][number] }) {
  return (
    <td>
      {w.answered ? pulseAnswerText(questions, w.values) : 'Inte besvarad'}
      {w.signalKeys.length > 0 &&
        ` – ${w.signalKeys.length} ${w.signalKeys.length === 1 ? 'signal' : 'signaler'}, ${
          w.followUps.length
            ? `uppföljd: ${enumLabel('PulseFollowUpOutcome', w.followUps[0].outcome).toLowerCase()}`
            : 'inte uppföljd'
        }`}
    </td>
  );
}

/**
 * A pulse period week by week: each provider's and each unit's answers, and each question's
 * trend, of every answer or of one provider's or one unit's.
 */
function Trend({ periods }: { periods: Period[] }) {
  const [periodId, setPeriodId] = useState(periods[0].id);
  // "" is every answer; "p:<id>" a provider's; "u:<id>" a unit's.
  const [scope, setScope] = useState('');
  const { data, error, isLoading } = useGatewayQuery(PULSE_TREND, { periodId });
  const perUnit = useGatewayQuery(PULSE_TREND_PER_UNIT, { periodId });
  const filter = scope.startsWith('u:')
    ? { unitId: scope.slice(2) }
    : scope.startsWith('p:')
      ? { providerId: scope.slice(2) }
      : {};
  const filtered = useGatewayQuery(PULSE_TREND_OF, { periodId, ...filter }, { enabled: scope !== '' });
  const trend = data?.pulseTrend;
  const figures = scope ? filtered.data?.pulseTrend : trend;
  const questions = periods.find((p) => p.id === periodId)?.questions ?? [];
  const rows = perUnit.data?.pulseTrend.perUnit ?? [];
  return (
    <section aria-labelledby="pulse-trend">
      <h2 id="pulse-trend">Svar per utförare och enhet och utvecklingen vecka för vecka</h2>
      <label htmlFor="pulse-trend-period">Pulsperiod</label>
      <select id="pulse-trend-period" value={periodId} onChange={(e) => setPeriodId(e.target.value)}>
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <label htmlFor="pulse-trend-scope">Utvecklingen för</label>
      <select id="pulse-trend-scope" value={scope} onChange={(e) => setScope(e.target.value)}>
        <option value="">Alla enheter</option>
        {(trend?.units ?? []).map((p) => (
          <option key={p.providerId} value={`p:${p.providerId}`}>
            {p.providerName}, alla enheter
          </option>
        ))}
        {rows
          .filter((r) => r.unitId)
          .map((r) => (
            <option key={r.unitId} value={`u:${r.unitId}`}>
              {unitLabel(r.unitName, r.providerName)}
            </option>
          ))}
      </select>
      <ErrorMessage error={error ?? perUnit.error ?? filtered.error} />
      {(isLoading || (scope !== '' && filtered.isLoading)) && <Loading what="utvecklingen" />}
      {trend && trend.weeks.length === 0 && <p>Perioden har inte börjat.</p>}
      {trend && trend.weeks.length > 0 && (
        <>
          {figures && (
            <ScrollBox label="Utvecklingen per fråga">
              <table>
                <caption>Utvecklingen per fråga</caption>
                <thead>
                  <tr>
                    <th scope="col">Fråga</th>
                    {figures.weeks.map((w) => (
                      <th key={w} scope="col">
                        {weekLabel(w)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {figures.questions.map((q) => (
                    <tr key={q.key}>
                      <th scope="row">{q.text}</th>
                      {q.weeks.map((w) => (
                        <td key={w.week}>{questionWeekText(q.answerType, w)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
          <ScrollBox label="Svar per utförare">
            <table>
              <caption>Svar per utförare och vecka</caption>
              <thead>
                <tr>
                  <th scope="col">Utförare</th>
                  {trend.weeks.map((w) => (
                    <th key={w} scope="col">
                      {weekLabel(w)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {trend.units.map((u) => (
                  <tr key={u.providerId}>
                    <th scope="row">
                      <Link to={`/utforare/${u.providerId}`}>{u.providerName}</Link>
                    </th>
                    {u.weeks.map((w) => (
                      <TrendCell key={w.week} questions={questions} w={w} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <p className="muted">
            Har flera av en utförares enheter svarat samma vecka visar raden för utföraren det högsta värdet per fråga.
          </p>
          <ScrollBox label="Svar per enhet">
            <table>
              <caption>Svar per enhet och vecka</caption>
              <thead>
                <tr>
                  <th scope="col">Enhet</th>
                  {trend.weeks.map((w) => (
                    <th key={w} scope="col">
                      {weekLabel(w)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.providerId}-${r.unitId ?? ''}`}>
                    <th scope="row">
                      {r.unitName ?? 'Hela utföraren'} (<Link to={`/utforare/${r.providerId}`}>{r.providerName}</Link>)
                    </th>
                    {r.weeks.map((w) => (
                      <TrendCell key={w.week} questions={questions} w={w} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
    </section>
  );
}

function WeekOverview({ weeks }: { weeks: string[] }) {
  const [week, setWeek] = useState(weeks[0]);
  const { data, error, isLoading } = useGatewayQuery(PULSE_WEEK_OVERVIEW, { week });
  const overview = data?.pulseOverview;
  return (
    <section aria-labelledby="pulse-week">
      <h2 id="pulse-week">Svaren vecka för vecka</h2>
      <label htmlFor="pulse-week-choice">Vecka</label>
      <select id="pulse-week-choice" value={week} onChange={(e) => setWeek(e.target.value)}>
        {weeks.map((w) => (
          <option key={w} value={w}>
            {weekLabel(w)}
          </option>
        ))}
      </select>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="veckans svar" />}
      {overview && (
        <>
          <p>
            {overview.period ? `Pulsvecka: ${overview.period.name}.` : 'Ingen pulsvecka.'} {overview.unitAnswers.length}{' '}
            {overview.unitAnswers.length === 1 ? 'enhet' : 'enheter'} har svarat, {overview.missingUnits.length} har
            inte svarat. Signal vid {overview.threshold} av 5 eller mer, och vid ja.
          </p>
          {overview.signals.length > 0 && <Signals overview={overview} />}
          <ScrollBox label="Svar">
            <table>
              <caption>Svar {weekLabel(week)}</caption>
              <thead>
                <tr>
                  <th scope="col">Enhet</th>
                  <th scope="col">Utförare</th>
                  <th scope="col">Svar</th>
                  <th scope="col">Övrigt</th>
                  <th scope="col" className="num">
                    Version
                  </th>
                </tr>
              </thead>
              <tbody>
                {overview.unitAnswers.length === 0 && (
                  <tr>
                    <td colSpan={5}>Inga svar den här veckan.</td>
                  </tr>
                )}
                {overview.unitAnswers.map((a) => (
                  <tr key={a.answer.id}>
                    <th scope="row">{a.unit?.name ?? 'Hela utföraren'}</th>
                    <td>
                      <Link to={`/utforare/${a.providerId}`}>{a.providerName}</Link>
                    </td>
                    <td>{pulseAnswerText(overview.questions, a.answer.values)}</td>
                    <td>{a.answer.comment ?? '–'}</td>
                    <td className="num">{a.answer.version}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {overview.missingUnits.length > 0 && (
            <>
              <h3>Enheter som inte har svarat</h3>
              <ul aria-label="Enheter som inte har svarat">
                {overview.missingUnits.map((u) => (
                  <li key={u.id}>
                    {u.name} (<Link to={`/utforare/${u.providerId}`}>{u.providerName}</Link>)
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function TrendOfPeriods() {
  const { data } = useGatewayQuery(PULSE_PERIODS, {});
  return data && data.pulsePeriods.length > 0 ? <Trend periods={data.pulsePeriods} /> : null;
}

/**
 * The crisis pulse: the periods officials open (with their own questions) and end, each provider's
 * and unit's answers and each question's trend over the weeks, and each week's answers, units not
 * answered, signals per unit and follow-ups.
 */
export function PulsePage() {
  const [today] = useState(stockholmToday);
  const session = useSession();
  const thisWeek = isoWeekOf(today);
  const weeks = Array.from({ length: WEEKS_BACK + 1 }, (_, i) => isoWeekOf(addDays(today, -7 * i)));
  return (
    <Page title="Pulsenkät">
      <Periods thisWeek={thisWeek} canWrite={hasRole(session, WRITERS)} />
      <TrendOfPeriods />
      <WeekOverview weeks={weeks} />
    </Page>
  );
}
