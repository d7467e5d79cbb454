import { FormEvent, useState } from 'react';
import type { OrderingListPageQuery } from '../__generated__/graphql';
import { Field, formatDate, formText, Saved, useFocusOnError, useSaved } from '../components/form';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { hasRole, ORDERERS, useSession, WRITERS } from '../session';
import {
  ADD_TO_ORDERING_LIST,
  MOVE_ON_ORDERING_LIST,
  ORDERING_LIST,
  REMOVE_FROM_ORDERING_LIST,
} from './OrderingListPage.operations';

type Entry = OrderingListPageQuery['orderingList'][number];
type Contracts = OrderingListPageQuery['contracts'];
type Notify = (message: string) => void;

const named = (c: { reference: string; title: string }) => `${c.reference} ${c.title}`;

function AddForm({ contracts, listed, notify }: { contracts: Contracts; listed: Entry[]; notify: Notify }) {
  const add = useGatewayMutation(ADD_TO_ORDERING_LIST);
  const problems = useFormProblems(add.error, ['contractId', 'reason', 'position']);
  const errorRef = useFocusOnError(add.error);
  const [formKey, setFormKey] = useState(0);
  // Ended contracts cannot be followed up; the API refuses them too.
  const open = contracts.filter(
    (c) => (c.status === 'ACTIVE' || c.status === 'PLANNED') && !listed.some((e) => e.contractId === c.id),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const position = formText(form, 'position');
    add
      .mutateAsync({
        input: {
          contractId: formText(form, 'contractId'),
          reason: formText(form, 'reason'),
          position: position ? Number(position) : null,
        },
      })
      .then(({ addToOrderingList }) => {
        setFormKey((k) => k + 1);
        const chosen = contracts.find((c) => c.id === formText(form, 'contractId'));
        const place = addToOrderingList.find((e) => e.contractId === chosen?.id)?.position;
        notify(`${chosen ? named(chosen) : 'Avtalet'} står nu som nummer ${place} på listan.`);
      })
      .catch(() => undefined);
  }

  return (
    <div ref={errorRef}>
      <form key={formKey} className="card form" aria-label="Lägg till avtal" onSubmit={onSubmit} noValidate>
        <h2>Lägg till avtal</h2>
        <Field label="Avtal" field="contractId" problems={problems}>
          {(props) => (
            <select {...props} name="contractId" defaultValue="">
              <option value="">Välj avtal</option>
              {open.map((c) => (
                <option key={c.id} value={c.id}>
                  {named(c)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Varför det ska följas upp" field="reason" problems={problems}>
          {(props) => <textarea {...props} name="reason" rows={3} />}
        </Field>
        <Field label="Plats" field="position" problems={problems} hint="1 är viktigast. Tomt: sist på listan.">
          {(props) => <input {...props} name="position" type="number" min={1} inputMode="numeric" />}
        </Field>
        <ErrorMessage problems={problems} />
        <div className="buttons">
          <button type="submit" disabled={add.isPending}>
            Lägg till på listan
          </button>
        </div>
      </form>
    </div>
  );
}

function ListTable({ entries, canKeep, notify }: { entries: Entry[]; canKeep: boolean; notify: Notify }) {
  const move = useGatewayMutation(MOVE_ON_ORDERING_LIST);
  const remove = useGatewayMutation(REMOVE_FROM_ORDERING_LIST);
  const busy = move.isPending || remove.isPending;
  const moveTo = (entry: Entry, position: number) =>
    move
      .mutateAsync({ input: { contractId: entry.contractId, position } })
      .then(() => notify(`${named(entry.contract)} är nu nummer ${position}.`))
      .catch(() => undefined);
  const removeOne = (entry: Entry) =>
    remove
      .mutateAsync({ contractId: entry.contractId })
      .then(() => notify(`${named(entry.contract)} är borttaget från listan.`))
      .catch(() => undefined);

  if (entries.length === 0) return <p>Listan är tom. Lägg till de avtal beställarfunktionen vill ha uppföljda.</p>;
  return (
    <ScrollBox label="Beställarens lista">
      <table>
        <caption>Avtal som beställarfunktionen vill ha uppföljda, viktigast först</caption>
        <thead>
          <tr>
            <th scope="col">Plats</th>
            <th scope="col">Avtal</th>
            <th scope="col">Varför</th>
            <th scope="col">Tillagt</th>
            {canKeep && <th scope="col">Ändra</th>}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.contractId}>
              <td>{e.position}</td>
              <td>{named(e.contract)}</td>
              <td>{e.reason}</td>
              <td>
                {formatDate(String(e.addedAt).slice(0, 10))} av {e.addedBy}
              </td>
              {canKeep && (
                <td>
                  <span className="buttons">
                    <button
                      type="button"
                      disabled={busy || e.position === 1}
                      aria-label={`Flytta upp ${named(e.contract)}`}
                      onClick={() => moveTo(e, e.position - 1)}
                    >
                      Upp
                    </button>
                    <button
                      type="button"
                      disabled={busy || e.position === entries.length}
                      aria-label={`Flytta ned ${named(e.contract)}`}
                      onClick={() => moveTo(e, e.position + 1)}
                    >
                      Ned
                    </button>
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={`Ta bort ${named(e.contract)}`}
                      onClick={() => removeOne(e)}
                    >
                      Ta bort
                    </button>
                  </span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorMessage error={move.error ?? remove.error} />
    </ScrollBox>
  );
}

/** The ordering function's kept list: the half-year's selection starts from it, in its order. */
export function OrderingListPage() {
  const session = useSession();
  const canKeep = hasRole(session, [...WRITERS, ...ORDERERS]);
  const { data, error, isLoading } = useGatewayQuery(ORDERING_LIST, {});
  const saved = useSaved();
  return (
    <Page title="Beställarlista">
      <p>
        Beställarfunktionen väljer en tredjedel av avtalen som följs upp varje halvår. Listan sparas här, i den ordning
        avtalen är viktigast, och urvalet på Uppföljning börjar från den.
      </p>
      <Saved message={saved.message} />
      <ErrorMessage error={error} />
      {isLoading && <Loading what="listan" />}
      {data && (
        <>
          {canKeep && <AddForm contracts={data.contracts} listed={data.orderingList} notify={saved.show} />}
          <ListTable entries={data.orderingList} canKeep={canKeep} notify={saved.show} />
        </>
      )}
    </Page>
  );
}
