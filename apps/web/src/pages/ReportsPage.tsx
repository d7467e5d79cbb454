import { FormEvent, useEffect, useState } from 'react';
import { CLIENT_MESSAGES } from '@kvalitetsnav/swedish';
import { Field, useFocusOnError } from '../components/form';
import { ErrorMessage, Page, useFormProblems } from '../components/ui';
import { GatewayError, restRefusal } from '../gateway';
import { useGatewayQuery } from '../queries';
import { hasRole, OFFICIALS, useSession } from '../session';
import { BOARDS } from './ReportsPage.operations';

/** A report job as the gateway's REST endpoint (/reports) describes it. */
interface Job {
  id: string;
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  progress: number;
  step: string;
  error: string | null;
  links: { html: string; pdf: string } | null;
}

/** Generates the quality report and the board report, showing progress, then offers them for download. */
export function ReportsPage() {
  const session = useSession();
  const { token } = session;
  const boards = useGatewayQuery(BOARDS, {}, { enabled: hasRole(session, OFFICIALS) });
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<GatewayError | null>(null);
  const problems = useFormProblems(error, ['kind', 'year', 'month', 'boardId']);
  const form = useFocusOnError<HTMLFormElement>(error);
  // The board report is for a half-year, named by the month it goes to the board; the quality report is for a year.
  const [kind, setKind] = useState('QUALITY_REPORT');
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const form = new FormData(event.currentTarget);
    const kind = String(form.get('kind'));
    const body = {
      kind,
      year: Number(form.get('year')),
      ...(kind === 'BOARD_REPORT' ? { month: form.get('month'), boardId: form.get('boardId') || null } : {}),
    };
    const response = await fetch('/reports', { method: 'POST', headers, body: JSON.stringify(body) }).catch(
      () => undefined,
    );
    const data = await response?.json().catch(() => undefined);
    if (!response) return setError(new GatewayError({ code: 'NETWORK' }, CLIENT_MESSAGES.NETWORK));
    if (response.status !== 202) return setError(restRefusal(response.status, data));
    setJob(data);
  }

  useEffect(() => {
    if (!job || job.status === 'DONE' || job.status === 'FAILED') return;
    const timer = setTimeout(async () => {
      const response = await fetch(`/reports/${job.id}`, { headers }).catch(() => undefined);
      if (response?.ok) setJob(await response.json());
    }, 500);
    return () => clearTimeout(timer);
  });

  async function download(link: string, name: string) {
    const response = await fetch(link, { headers });
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <Page title="Rapporter">
      <form className="card form" onSubmit={start} aria-label="Skapa rapport" ref={form}>
        <Field label="Rapport" field="kind" problems={problems}>
          {(props) => (
            <select {...props} name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="QUALITY_REPORT">Kvalitetsberättelse (år)</option>
              <option value="BOARD_REPORT">Halvårsrapport till nämnden</option>
            </select>
          )}
        </Field>
        <Field label="År" field="year" problems={problems}>
          {(props) => (
            <input
              {...props}
              name="year"
              type="number"
              inputMode="numeric"
              defaultValue={new Date().getFullYear() - 1}
            />
          )}
        </Field>
        {kind === 'BOARD_REPORT' && (
          <Field
            label="Halvår"
            field="month"
            problems={problems}
            hint="Rapporten omfattar uppföljningsplanens period som slutar närmast månadens slut, utan plan december–maj respektive juni–november."
          >
            {(props) => (
              <select {...props} name="month" defaultValue="NOVEMBER">
                <option value="JUNE">Juni</option>
                <option value="NOVEMBER">November</option>
              </select>
            )}
          </Field>
        )}
        {kind === 'BOARD_REPORT' && boards.data && boards.data.boards.length > 0 && (
          <Field label="Nämnd" field="boardId" problems={problems}>
            {(props) => (
              <select {...props} name="boardId" defaultValue="">
                <option value="">Hela kommunen</option>
                {boards.data.boards.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={job?.status === 'RUNNING' || job?.status === 'QUEUED'}>
          Skapa rapport
        </button>
      </form>
      {job && (
        <section aria-label="Rapportens förlopp" className="card block">
          <label htmlFor="progress">{job.step}</label>
          <progress id="progress" max={100} value={job.progress} aria-valuetext={`${job.progress} procent`}>
            {job.progress} %
          </progress>
          <p role="status">
            {job.status === 'DONE'
              ? 'Rapporten är klar.'
              : job.status === 'FAILED'
                ? 'Rapporten kunde inte skapas.'
                : `${job.progress} % klart`}
          </p>
          {job.links && (
            <p className="buttons">
              <button type="button" onClick={() => download(job.links!.pdf, 'rapport.pdf')}>
                Ladda ner PDF
              </button>
              <button type="button" className="secondary" onClick={() => download(job.links!.html, 'rapport.html')}>
                Ladda ner HTML
              </button>
            </p>
          )}
        </section>
      )}
    </Page>
  );
}
