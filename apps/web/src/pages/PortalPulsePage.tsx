import { FormEvent, useState } from 'react';
import { addDays, isoWeekOf, stockholmToday } from '@kvalitetsnav/calendar';
import type { PortalPulseQuery } from '../__generated__/graphql';
import { Field, formatDate, Saved, useFocusOnError, useSaved } from '../components/form';
import { textOf } from '../components/RegisterFields';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { PORTAL_PULSE, SUBMIT_PULSE } from './PortalPulsePage.operations';
import { pulseAnswerText, type PulseQuestionOf, weekLabel } from './pulse';

type Overview = PortalPulseQuery['pulseOverview'];
type Answer = Overview['unitAnswers'][number]['answer'];
type Question = Overview['questions'][number];
type Unit = Overview['answeredUnits'][number];

const YES_NO: [number, string][] = [
  [0, 'Nej'],
  [1, 'Ja'],
];
const SCALE: [number, string][] = [
  [1, '1 – inga problem'],
  [2, '2 – små problem'],
  [3, '3 – märkbara problem'],
  [4, '4 – stora problem'],
  [5, '5 – mycket allvarligt'],
];
/** The weeks before this one listed on the page. */
const EARLIER_WEEKS = 8;

function PulseForm({
  week,
  unit,
  questions,
  current,
}: {
  week: string;
  unit: Unit;
  questions: readonly Question[];
  current: Answer | undefined;
}) {
  const submit = useGatewayMutation(SUBMIT_PULSE);
  const problems = useFormProblems(submit.error, [
    'unitId',
    'week',
    'answers',
    ...questions.map((_, i) => `answers.${i}.value`),
    'comment',
  ]);
  const errorRef = useFocusOnError(submit.error);
  const saved = useSaved();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    saved.clear();
    submit.mutate(
      {
        input: {
          unitId: unit.id,
          week,
          answers: questions.map((q) => ({ key: q.key, value: Number(form.get(`answer-${q.key}`)) })),
          comment: textOf(form, 'comment'),
        },
      },
      {
        onSuccess: ({ submitPulseAnswer: a }) =>
          saved.show(
            a.version > 1
              ? `Svaret för ${unit.name} ${weekLabel(a.week)} är sparat som version ${a.version}. Det ersätter det tidigare svaret.`
              : `Svaret för ${unit.name} ${weekLabel(a.week)} är sparat (version 1).`,
          ),
      },
    );
  }

  return (
    <div ref={errorRef}>
      {/* A new answer starts from the last one given, so a small change is a small edit. */}
      <form
        key={current?.version ?? 0}
        className="card form"
        aria-label="Veckans pulsenkät"
        onSubmit={onSubmit}
        noValidate
      >
        <h2>
          Svara för {unit.name}, {weekLabel(week)}
        </h2>
        <p>
          {current
            ? `Ni har svarat för ${unit.name} den här veckan (version ${current.version}, ${formatDate(String(current.submittedAt))}). Svarar ni igen sparas en ny version som ersätter den.`
            : `Ni har inte svarat för ${unit.name} den här veckan.`}
        </p>
        {questions.map((q, i) => (
          <Field key={q.key} label={q.text} field={`answers.${i}.value`} problems={problems}>
            {(props) => (
              <select
                {...props}
                name={`answer-${q.key}`}
                defaultValue={String(
                  current?.values.find((v) => v.key === q.key)?.value ?? (q.answerType === 'YES_NO' ? 0 : 1),
                )}
              >
                {(q.answerType === 'YES_NO' ? YES_NO : SCALE).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
        <Field
          label="Övrigt att berätta"
          field="comment"
          problems={problems}
          hint="Skriv inga personuppgifter här: inga namn, personnummer eller annat som pekar ut en brukare eller medarbetare. Personnummer tas bort innan texten sparas."
        >
          {(props) => <textarea {...props} name="comment" rows={4} defaultValue={current?.comment ?? ''} />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={submit.isPending}>
          Skicka svaret
        </button>
      </form>
      <Saved message={saved.message} />
    </div>
  );
}

/** One earlier week's rows, a row per unit answered: its own query, as the API answers a week at a time. */
function WeekRows({ week }: { week: string }) {
  const { data, error } = useGatewayQuery(PORTAL_PULSE, { week });
  const answers = data?.pulseOverview.unitAnswers ?? [];
  const questions: readonly PulseQuestionOf[] = data?.pulseOverview.questions ?? [];
  if (error || !data || answers.length === 0)
    return (
      <tr>
        <th scope="row">{weekLabel(week)}</th>
        <td>–</td>
        <td>{error ? 'Kunde inte hämtas' : !data ? '…' : 'Inte besvarad'}</td>
        <td>–</td>
        <td className="num">–</td>
      </tr>
    );
  return (
    <>
      {answers.map(({ unit, answer }) => (
        <tr key={answer.id}>
          <th scope="row">{weekLabel(week)}</th>
          {/* An answer from before answers were per unit was the whole provider's. */}
          <td>{unit?.name ?? 'Hela verksamheten'}</td>
          <td>{pulseAnswerText(questions, answer.values)}</td>
          <td>{answer.comment ?? '–'}</td>
          <td className="num">{answer.version}</td>
        </tr>
      ))}
    </>
  );
}

/** This week's answer per unit: which have answered, and which not yet. */
function UnitsThisWeek({ overview, units }: { overview: Overview; units: readonly Unit[] }) {
  return (
    <ScrollBox label="Enheternas svar den här veckan">
      <table>
        <caption>Enheternas svar {weekLabel(overview.week)}</caption>
        <thead>
          <tr>
            <th scope="col">Enhet</th>
            <th scope="col">Svar</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => {
            const answer = overview.unitAnswers.find((a) => a.unit?.id === u.id)?.answer;
            return (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>
                  {answer
                    ? `Besvarad (version ${answer.version}, ${formatDate(String(answer.submittedAt))})`
                    : 'Inte besvarad'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/** The weekly pulse per unit: this week's answer of each unit (a new version each time) and the weeks before. */
export function PortalPulsePage() {
  const [today] = useState(stockholmToday);
  const week = isoWeekOf(today);
  const earlier = Array.from({ length: EARLIER_WEEKS }, (_, i) => isoWeekOf(addDays(today, -7 * (i + 1))));
  const { data, error, isLoading } = useGatewayQuery(PORTAL_PULSE, { week });
  const [chosenId, setChosenId] = useState<string | null>(null);
  const units = data
    ? [...data.pulseOverview.answeredUnits, ...data.pulseOverview.missingUnits].sort((a, b) =>
        a.name.localeCompare(b.name, 'sv'),
      )
    : [];
  // The first unit by name to start with, whichever has answered, so saving does not move the form.
  const unit = units.find((u) => u.id === chosenId) ?? units[0];
  return (
    <Page title="Pulsenkät">
      <p>
        Varje vecka svarar ni för var och en av era enheter på kommunens frågor om läget, på en skala från 1 (inga
        problem) till 5 (mycket allvarligt) eller med ja eller nej. Kommunen ser svaren som signaler: höga värden och ja
        följs upp.
      </p>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="veckans svar" />}
      {data && (
        <p className="notice">
          {data.pulseOverview.period
            ? `Kommunen har bett om svar varje vecka: ${data.pulseOverview.period.name}, från ${weekLabel(data.pulseOverview.period.fromWeek)}${data.pulseOverview.period.toWeek ? ` till ${weekLabel(data.pulseOverview.period.toWeek)}` : ' och tills vidare'}.`
            : 'Kommunen har inte bett om pulsenkäten just nu. Ni kan ändå svara om läget har ändrats.'}
        </p>
      )}
      {data && units.length === 0 && (
        <p>Kommunen har inga enheter registrerade för er ännu. Pulsenkäten besvaras för varje enhet.</p>
      )}
      {data && units.length > 0 && (
        <>
          <UnitsThisWeek overview={data.pulseOverview} units={units} />
          <label htmlFor="pulse-unit">Enhet som svaret gäller</label>
          <select id="pulse-unit" value={unit.id} onChange={(e) => setChosenId(e.target.value)}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          <PulseForm
            key={unit.id}
            week={week}
            unit={unit}
            questions={data.pulseOverview.questions}
            current={data.pulseOverview.unitAnswers.find((a) => a.unit?.id === unit.id)?.answer}
          />
        </>
      )}
      <h2>Tidigare veckor</h2>
      <ScrollBox label="Svar tidigare veckor">
        <table>
          <caption>Svar tidigare veckor, senaste först</caption>
          <thead>
            <tr>
              <th scope="col">Vecka</th>
              <th scope="col">Enhet</th>
              <th scope="col">Svar</th>
              <th scope="col">Övrigt</th>
              <th scope="col" className="num">
                Version
              </th>
            </tr>
          </thead>
          <tbody>
            {earlier.map((w) => (
              <WeekRows key={w} week={w} />
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </Page>
  );
}
