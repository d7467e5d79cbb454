import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { ACCESS_LOG_FIELD_LABELS, ENUM_LABELS, enumLabel, ROLE_LABELS, UserRole } from '@kvalitetsnav/swedish';
import type { AccessLogFilter, AccessLogPageQuery, AccessLogRecordKind } from '../__generated__/graphql';
import { Field, formatDate, formatNumber } from '../components/form';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { hasRole, useSession } from '../session';
import { ACCESS_LOG, MY_ACCESS_LOG } from './AccessLogPage.operations';

const LIMIT = 50;

type Entry = AccessLogPageQuery['accessLog']['items'][number];
type LogPage = AccessLogPageQuery['accessLog'];

const roleNames = (roles: readonly string[]) =>
  roles.map((r) => (r in ROLE_LABELS ? ROLE_LABELS[r as UserRole] : r)).join(', ');

/** Which records a read returned: one deviation, linked; or the decisions a list showed. */
function Record({ entry }: { entry: Entry }) {
  const session = useSession();
  const kind = enumLabel('AccessLogRecordKind', entry.recordKind);
  if (entry.recordKind === 'DEVIATION') {
    const [id] = entry.recordIds;
    const base = hasRole(session, ['PROVIDER']) ? '/portal/avvikelser' : '/avvikelser';
    return (
      <>
        <Link to={`${base}/${id}`}>{entry.deviationKind ? enumLabel('DeviationKind', entry.deviationKind) : kind}</Link>{' '}
        <span className="muted">{entry.recordIds.join(', ')}</span>
      </>
    );
  }
  const count = entry.recordIds.length;
  return (
    <>
      {hasRole(session, ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER']) ? (
        <Link to="/avvikelser/ej-verkstallda-beslut">{kind}</Link>
      ) : (
        kind
      )}{' '}
      {count === 1 ? (
        <span className="muted">{entry.recordIds[0]}</span>
      ) : (
        <details>
          <summary>{formatNumber(count)} beslut</summary>
          <span className="muted">{entry.recordIds.join(', ')}</span>
        </details>
      )}
    </>
  );
}

/** The reads, newest first, a page at a time; `showReader` when the list holds more than one's own. */
function AccessLogTable({
  caption,
  page,
  showReader,
  onPage,
}: {
  caption: string;
  page: LogPage;
  showReader: boolean;
  onPage: (offset: number) => void;
}) {
  const last = Math.min(page.offset + page.limit, page.total);
  const columns = showReader ? 6 : 4;
  return (
    <div className="table-block">
      <ScrollBox label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">När</th>
              {showReader && <th scope="col">Vem</th>}
              {showReader && <th scope="col">Roller</th>}
              <th scope="col">Uppgifter</th>
              <th scope="col">Vad</th>
              <th scope="col">Skäl</th>
            </tr>
          </thead>
          <tbody>
            {page.items.length === 0 && (
              <tr>
                <td colSpan={columns}>Inga läsningar.</td>
              </tr>
            )}
            {page.items.map((e: Entry) => (
              <tr key={e.id}>
                <th scope="row">{formatDate(String(e.readAt))}</th>
                {showReader && (
                  <td>
                    {e.readerName} <span className="muted">({e.readerSub})</span>
                  </td>
                )}
                {showReader && <td>{roleNames(e.readerRoles)}</td>}
                <td>
                  <Record entry={e} />
                </td>
                <td>{ACCESS_LOG_FIELD_LABELS[e.field] ?? e.field}</td>
                <td>{e.reason ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <nav className="buttons" aria-label={`Sidor i ${caption.toLowerCase()}`}>
        <p aria-live="polite">
          {page.total === 0
            ? 'Inga läsningar'
            : `Visar ${formatNumber(page.offset + 1)}–${formatNumber(last)} av ${formatNumber(page.total)}`}
        </p>
        <button
          type="button"
          className="secondary"
          disabled={page.offset === 0}
          onClick={() => onPage(Math.max(0, page.offset - LIMIT))}
        >
          Föregående sida
        </button>
        <button
          type="button"
          className="secondary"
          disabled={last >= page.total}
          onClick={() => onPage(page.offset + LIMIT)}
        >
          Nästa sida
        </button>
      </nav>
    </div>
  );
}

const INTRO =
  'Uppgifter om enskilda personer loggas när någon läser dem: originaltexten i en lex Sarah- eller lex Maria-rapport (med personnummer), en avvikelse eller ett klagomål som öppnas med sina texter, och ej verkställda beslut (vems beslut, kön och datum). Loggen visar vem, när, vilka uppgifter och skälet om ett angavs, och kan inte ändras. Statistik och antal loggas inte.';

const KINDS = Object.entries(ENUM_LABELS.AccessLogRecordKind) as [AccessLogRecordKind, string][];

/** The administrator's access log: every logged read, searched by period, user, kind of record and record. */
export function AccessLogPage() {
  const [filter, setFilter] = useState<AccessLogFilter>({});
  const [offset, setOffset] = useState(0);
  const { data, error, isLoading } = useGatewayQuery(ACCESS_LOG, { filter, paging: { offset, limit: LIMIT } });
  const problems = useFormProblems(error, ['from', 'to', 'userSub', 'recordKind', 'recordId']);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim() || null;
    setOffset(0);
    setFilter({
      from: value('from'),
      to: value('to'),
      userSub: value('userSub'),
      recordKind: value('recordKind') as AccessLogRecordKind | null,
      recordId: value('recordId'),
    });
  }

  return (
    <Page title="Åtkomstlogg">
      <p>{INTRO}</p>
      <form className="card form" aria-label="Sök i åtkomstloggen" onSubmit={onSubmit} noValidate>
        <h2>Sök</h2>
        <Field label="Från" field="from" problems={problems}>
          {(props) => <input {...props} name="from" type="date" />}
        </Field>
        <Field label="Till" field="to" problems={problems}>
          {(props) => <input {...props} name="to" type="date" />}
        </Field>
        <Field
          label="Användare"
          field="userSub"
          problems={problems}
          hint="Användarens id, som det står inom parentes i listan."
        >
          {(props) => <input {...props} name="userSub" />}
        </Field>
        <Field label="Slag av uppgift" field="recordKind" problems={problems}>
          {(props) => (
            <select {...props} name="recordKind" defaultValue="">
              <option value="">Alla</option>
              {KINDS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Ärende eller beslut" field="recordId" problems={problems} hint="Avvikelsens eller beslutets id.">
          {(props) => <input {...props} name="recordId" />}
        </Field>
        <ErrorMessage problems={problems} />
        <div className="buttons">
          <button type="submit">Sök</button>
          <button
            type="reset"
            className="secondary"
            onClick={() => {
              setOffset(0);
              setFilter({});
            }}
          >
            Visa alla
          </button>
        </div>
      </form>
      {isLoading && <Loading what="åtkomstloggen" />}
      {data && (
        <AccessLogTable caption="Läsningar, senaste först" page={data.accessLog} showReader onPage={setOffset} />
      )}
    </Page>
  );
}

/** A reader's own logged reads. */
export function MyReadsPage() {
  const [offset, setOffset] = useState(0);
  const { data, error, isLoading } = useGatewayQuery(MY_ACCESS_LOG, { paging: { offset, limit: LIMIT } });
  return (
    <Page title="Mina läsningar">
      <p>{INTRO} Här ser du dina egna läsningar.</p>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="dina läsningar" />}
      {data && (
        <AccessLogTable
          caption="Mina läsningar, senaste först"
          page={data.myAccessLog}
          showReader={false}
          onPage={setOffset}
        />
      )}
    </Page>
  );
}
