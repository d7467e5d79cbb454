import { Fragment, useState } from 'react';
import { enumLabel } from '@kvalitetsnav/swedish';
import type { RunRemindersMutation } from '../__generated__/graphql';
import { formatDate, formatNumber, Saved, useSaved } from '../components/form';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, Loading, Page } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { REMINDERS, RUN_REMINDERS } from './RemindersPage.operations';

const LIMIT = 25;

const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** What a run did, in one Swedish sentence. */
function runSummary(run: RunRemindersMutation['runReminders']): string {
  if (!run.mailEnabled)
    return run.created
      ? `${count(run.created, 'ny påminnelse', 'nya påminnelser')} finns nu här i utskickslistan. Ingen e-post skickades.`
      : 'Inga nya påminnelser att skicka.';
  const parts = [
    count(run.sent, 'påminnelse skickad', 'påminnelser skickade'),
    ...(run.bounced ? [count(run.bounced, 'studsade', 'studsade')] : []),
    ...(run.failed
      ? [count(run.failed, 'gick inte att skicka och försöks igen', 'gick inte att skicka och försöks igen')]
      : []),
  ];
  return run.sent || run.bounced || run.failed ? `${parts.join(', ')}.` : 'Inga nya påminnelser att skicka.';
}

/** The reminders recorded, newest first: to whom, what, when, and how it went; a row opens the mail's text. */
export function RemindersPage() {
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const { data, error, isLoading } = useGatewayQuery(REMINDERS, { page: { offset, limit: LIMIT } });
  const run = useGatewayMutation(RUN_REMINDERS);
  const saved = useSaved();
  const page = data?.reminders;
  const last = page ? Math.min(offset + LIMIT, page.total) : 0;

  function onRun() {
    saved.clear();
    run.mutate(
      {},
      {
        onSuccess: ({ runReminders }) => {
          setOffset(0);
          saved.show(runSummary(runReminders));
        },
      },
    );
  }

  return (
    <Page title="Utskick">
      <p>
        Påminnelser till utförarnas kontaktpersoner om rapporter och åtgärder, och veckans sammanställning av
        förseningar till handläggarna. Varje påminnelse skickas en gång till varje mottagare.
      </p>
      {page && !page.mailEnabled && <p className="notice">E-post är avstängd här; utskicken visas bara här.</p>}
      <div className="buttons">
        <button type="button" disabled={run.isPending} onClick={onRun}>
          Skicka påminnelser nu
        </button>
      </div>
      {run.isPending && <p role="status">Skickar påminnelser…</p>}
      <ErrorMessage error={run.error ?? error} />
      <Saved message={saved.message} />
      {isLoading && <Loading what="utskicken" />}
      {page && (
        <div className="table-block">
          <ScrollBox label="Utskick">
            <table>
              <caption>Utskick, senaste först</caption>
              <thead>
                <tr>
                  <th scope="col">Till</th>
                  <th scope="col">Vad</th>
                  <th scope="col">Skapad</th>
                  <th scope="col">Status</th>
                  <th scope="col">Texten</th>
                </tr>
              </thead>
              <tbody>
                {page.items.length === 0 && (
                  <tr>
                    <td colSpan={5}>Inga utskick ännu.</td>
                  </tr>
                )}
                {page.items.map((r) => (
                  <Fragment key={r.id}>
                    <tr>
                      <th scope="row">
                        {r.recipientName ? `${r.recipientName}, ` : ''}
                        {r.recipient}
                      </th>
                      <td>
                        <strong>{enumLabel('ReminderKind', r.kind)}</strong>: {r.subject}
                      </td>
                      <td>{formatDate(String(r.createdAt))}</td>
                      <td>
                        {enumLabel('ReminderState', r.state)}
                        {r.sentAt ? <span className="muted"> {formatDate(String(r.sentAt))}</span> : null}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="secondary"
                          aria-expanded={open === r.id}
                          aria-controls={`mail-${r.id}`}
                          onClick={() => setOpen(open === r.id ? null : r.id)}
                        >
                          {open === r.id ? 'Dölj texten' : 'Visa texten'}
                          <span className="sr-only"> till {r.recipient}</span>
                        </button>
                      </td>
                    </tr>
                    {open === r.id && (
                      <tr id={`mail-${r.id}`}>
                        <td colSpan={5}>
                          <p>
                            <strong>Ämne:</strong> {r.subject}
                          </p>
                          <pre className="mail-text">{r.body}</pre>
                          {r.error && (
                            <p>
                              <strong>E-postserverns svar:</strong> <code>{r.error}</code>
                            </p>
                          )}
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <nav className="buttons" aria-label="Sidor i utskicken">
            <p aria-live="polite">
              {page.total === 0
                ? 'Inga utskick'
                : `Visar ${formatNumber(offset + 1)}–${formatNumber(last)} av ${formatNumber(page.total)}`}
            </p>
            <button
              type="button"
              className="secondary"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - LIMIT))}
            >
              Föregående sida
            </button>
            <button
              type="button"
              className="secondary"
              disabled={last >= page.total}
              onClick={() => setOffset(offset + LIMIT)}
            >
              Nästa sida
            </button>
          </nav>
        </div>
      )}
    </Page>
  );
}
