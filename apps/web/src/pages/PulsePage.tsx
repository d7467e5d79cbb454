import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { addDays, isoWeekOf, stockholmToday } from '@kvalitetsnav/calendar';
import { enumLabel } from '@kvalitetsnav/swedish';
import type { PulsePeriodsQuery } from '../__generated__/graphql';
import { Field, formatDate, Saved, useFocusOnError, useSaved } from '../components/form';
import { textOf } from '../components/RegisterFields';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { hasRole, useSession, WRITERS } from '../session';
import { END_PULSE_PERIOD, OPEN_PULSE_PERIOD, PULSE_PERIODS, PULSE_WEEK_OVERVIEW } from './PulsePage.operations';
import { pulseScores, weekLabel } from './pulse';

type Period = PulsePeriodsQuery['pulsePeriods'][number];

/** The weeks an official can look back on. */
const WEEKS_BACK = 12;
const WEEK_HINT = 'Som ÅÅÅÅ-Vnn, till exempel 2026-W49.';

/** Forms here tell the section what they saved: an opened period replaces its form, and the message stays. */
type Notify = (message: string) => void;

function OpenPeriodForm({ thisWeek, notify }: { thisWeek: string; notify: Notify }) {
  const open = useGatewayMutation(OPEN_PULSE_PERIOD);
  const problems = useFormProblems(open.error, ['name', 'fromWeek', 'toWeek']);
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
        },
      })
      .then(({ openPulsePeriod: p }) =>
        notify(
          `Pulsperioden ${p.name} är öppnad från ${weekLabel(p.fromWeek)}${p.toWeek ? ` till ${weekLabel(p.toWeek)}` : ' tills vidare'}. Utförare som inte har svarat påminns varje vecka.`,
        ),
      )
      .catch(() => undefined);
  }

  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Öppna en pulsperiod" onSubmit={onSubmit} noValidate>
        <h2>Öppna en pulsperiod</h2>
        <p>Under en kris svarar utförarna på pulsenkäten varje vecka. De som inte har svarat påminns med e-post.</p>
        <Field label="Vad gäller den?" field="name" problems={problems} hint="Till exempel Covid-19 eller Värmebölja.">
          {(props) => <input {...props} name="name" />}
        </Field>
        <Field label="Första veckan" field="fromWeek" problems={problems} hint={WEEK_HINT}>
          {(props) => <input {...props} name="fromWeek" defaultValue={thisWeek} />}
        </Field>
        <Field label="Sista veckan (lämna tomt för tills vidare)" field="toWeek" problems={problems} hint={WEEK_HINT}>
          {(props) => <input {...props} name="toWeek" />}
        </Field>
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
                <th scope="col">Öppnad</th>
                <th scope="col">Avslutad av</th>
              </tr>
            </thead>
            <tbody>
              {periods.length === 0 && (
                <tr>
                  <td colSpan={4}>Ingen pulsperiod ännu.</td>
                </tr>
              )}
              {periods.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>
                    {weekLabel(p.fromWeek)} – {p.toWeek ? weekLabel(p.toWeek) : 'tills vidare'}
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

function WeekOverview({ weeks }: { weeks: string[] }) {
  const [week, setWeek] = useState(weeks[0]);
  const { data, error, isLoading } = useGatewayQuery(PULSE_WEEK_OVERVIEW, { week });
  const overview = data?.pulseOverview;
  const nameOf = (id: string) => overview?.answered.find((p) => p.id === id)?.name;
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
            {overview.period ? `Pulsvecka: ${overview.period.name}.` : 'Ingen pulsvecka.'} {overview.answers.length}{' '}
            utförare har svarat, {overview.missing.length} har inte svarat. Signal vid {overview.threshold} av 5 eller
            mer.
          </p>
          {overview.signals.length > 0 && (
            <ul aria-label="Signaler">
              {overview.signals.map((s, i) => (
                <li key={i}>
                  <Link to={`/utforare/${s.providerId}`}>{s.providerName}</Link>:{' '}
                  {enumLabel('PulseTopic', s.topic).toLowerCase()} {s.score} av 5
                </li>
              ))}
            </ul>
          )}
          <ScrollBox label="Svar">
            <table>
              <caption>Svar {weekLabel(week)}</caption>
              <thead>
                <tr>
                  <th scope="col">Utförare</th>
                  <th scope="col">Svar</th>
                  <th scope="col">Övrigt</th>
                  <th scope="col" className="num">
                    Version
                  </th>
                </tr>
              </thead>
              <tbody>
                {overview.answers.length === 0 && (
                  <tr>
                    <td colSpan={4}>Inga svar den här veckan.</td>
                  </tr>
                )}
                {overview.answers.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link to={`/utforare/${a.providerId}`}>{nameOf(a.providerId) ?? 'Utföraren'}</Link>
                    </th>
                    <td>{pulseScores(a)}</td>
                    <td>{a.comment ?? '–'}</td>
                    <td className="num">{a.version}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {overview.missing.length > 0 && (
            <>
              <h3>Har inte svarat</h3>
              <ul>
                {overview.missing.map((p) => (
                  <li key={p.id}>
                    <Link to={`/utforare/${p.id}`}>{p.name}</Link>
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

/** The crisis pulse: the periods officials open and end, and each week's answers, gaps and signals. */
export function PulsePage() {
  const [today] = useState(stockholmToday);
  const session = useSession();
  const thisWeek = isoWeekOf(today);
  const weeks = Array.from({ length: WEEKS_BACK + 1 }, (_, i) => isoWeekOf(addDays(today, -7 * i)));
  return (
    <Page title="Pulsenkät">
      <Periods thisWeek={thisWeek} canWrite={hasRole(session, WRITERS)} />
      <WeekOverview weeks={weeks} />
    </Page>
  );
}
