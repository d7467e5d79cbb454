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

type Answer = PortalPulseQuery['pulseOverview']['answers'][number];
type Question = PortalPulseQuery['pulseOverview']['questions'][number];

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
  questions,
  current,
}: {
  week: string;
  questions: readonly Question[];
  current: Answer | undefined;
}) {
  const submit = useGatewayMutation(SUBMIT_PULSE);
  const problems = useFormProblems(submit.error, [
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
          week,
          answers: questions.map((q) => ({ key: q.key, value: Number(form.get(`answer-${q.key}`)) })),
          comment: textOf(form, 'comment'),
        },
      },
      {
        onSuccess: ({ submitPulseAnswer: a }) =>
          saved.show(
            a.version > 1
              ? `Svaret för ${weekLabel(a.week)} är sparat som version ${a.version}. Det ersätter det tidigare svaret.`
              : `Svaret för ${weekLabel(a.week)} är sparat (version 1).`,
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
        <h2>Svara för {weekLabel(week)}</h2>
        <p>
          {current
            ? `Ni har svarat den här veckan (version ${current.version}, ${formatDate(String(current.submittedAt))}). Svarar ni igen sparas en ny version som ersätter den.`
            : 'Ni har inte svarat den här veckan.'}
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

/** One earlier week's row: its own query, as the API answers a week at a time. */
function WeekRow({ week }: { week: string }) {
  const { data, error } = useGatewayQuery(PORTAL_PULSE, { week });
  const answer = data?.pulseOverview.answers[0];
  const questions: readonly PulseQuestionOf[] = data?.pulseOverview.questions ?? [];
  return (
    <tr>
      <th scope="row">{weekLabel(week)}</th>
      <td>
        {error
          ? 'Kunde inte hämtas'
          : !data
            ? '…'
            : answer
              ? pulseAnswerText(questions, answer.values)
              : 'Inte besvarad'}
      </td>
      <td>{answer?.comment ?? '–'}</td>
      <td className="num">{answer?.version ?? '–'}</td>
    </tr>
  );
}

/** The weekly pulse: this week's answer (a new version each time) and the weeks before. */
export function PortalPulsePage() {
  const [today] = useState(stockholmToday);
  const week = isoWeekOf(today);
  const earlier = Array.from({ length: EARLIER_WEEKS }, (_, i) => isoWeekOf(addDays(today, -7 * (i + 1))));
  const { data, error, isLoading } = useGatewayQuery(PORTAL_PULSE, { week });
  return (
    <Page title="Pulsenkät">
      <p>
        Varje vecka svarar ni på kommunens frågor om läget i verksamheten, på en skala från 1 (inga problem) till 5
        (mycket allvarligt) eller med ja eller nej. Kommunen ser svaren som signaler: höga värden och ja följs upp.
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
      {data && (
        <PulseForm week={week} questions={data.pulseOverview.questions} current={data.pulseOverview.answers[0]} />
      )}
      <h2>Tidigare veckor</h2>
      <ScrollBox label="Svar tidigare veckor">
        <table>
          <caption>Svar tidigare veckor, senaste först</caption>
          <thead>
            <tr>
              <th scope="col">Vecka</th>
              <th scope="col">Svar</th>
              <th scope="col">Övrigt</th>
              <th scope="col" className="num">
                Version
              </th>
            </tr>
          </thead>
          <tbody>
            {earlier.map((w) => (
              <WeekRow key={w} week={w} />
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </Page>
  );
}
