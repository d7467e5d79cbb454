import { FormEvent, useState } from 'react';
import type { BoardsPageQuery } from '../__generated__/graphql';
import { Field, formText, Saved, useFocusOnError, useSaved } from '../components/form';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { hasRole, useSession } from '../session';
import { BOARDS, REGISTER_BOARD, REGISTER_DEPARTMENT, RENAME_BOARD } from './BoardsPage.operations';

type Board = BoardsPageQuery['boards'][number];
type Notify = (message: string) => void;

function RegisterBoardForm({ notify }: { notify: Notify }) {
  const register = useGatewayMutation(REGISTER_BOARD);
  const problems = useFormProblems(register.error, ['name']);
  const errorRef = useFocusOnError(register.error);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    register
      .mutateAsync({ input: { name: formText(new FormData(event.currentTarget), 'name') } })
      .then(({ registerBoard }) => {
        setFormKey((k) => k + 1);
        notify(`Nämnden ${registerBoard.name} är registrerad.`);
      })
      .catch(() => undefined);
  }

  return (
    <div ref={errorRef}>
      <form key={formKey} className="card form" aria-label="Registrera nämnd" onSubmit={onSubmit} noValidate>
        <h2>Registrera nämnd</h2>
        <Field label="Nämndens namn" field="name" problems={problems}>
          {(props) => <input {...props} name="name" />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={register.isPending}>
          Registrera nämnd
        </button>
      </form>
    </div>
  );
}

function RenameBoardForm({ boards, notify }: { boards: readonly Board[]; notify: Notify }) {
  const rename = useGatewayMutation(RENAME_BOARD);
  const problems = useFormProblems(rename.error, ['id', 'name']);
  const errorRef = useFocusOnError(rename.error);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    rename
      .mutateAsync({ input: { id: formText(form, 'id'), name: formText(form, 'name') } })
      .then(({ renameBoard }) => {
        setFormKey((k) => k + 1);
        notify(`Nämnden heter nu ${renameBoard.name}.`);
      })
      .catch(() => undefined);
  }

  return (
    <div ref={errorRef}>
      <form key={formKey} className="card form" aria-label="Byt namn på nämnd" onSubmit={onSubmit} noValidate>
        <h2>Byt namn på nämnd</h2>
        <Field label="Nämnd" field="id" problems={problems}>
          {(props) => (
            <select {...props} name="id">
              {boards.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Nytt namn" field="name" problems={problems}>
          {(props) => <input {...props} name="name" />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={rename.isPending}>
          Byt namn
        </button>
      </form>
    </div>
  );
}

function RegisterDepartmentForm({ boards, notify }: { boards: readonly Board[]; notify: Notify }) {
  const register = useGatewayMutation(REGISTER_DEPARTMENT);
  const problems = useFormProblems(register.error, ['boardId', 'name']);
  const errorRef = useFocusOnError(register.error);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    register
      .mutateAsync({ input: { boardId: formText(form, 'boardId'), name: formText(form, 'name') } })
      .then(({ registerDepartment }) => {
        setFormKey((k) => k + 1);
        notify(`Avdelningen ${registerDepartment.name} är registrerad.`);
      })
      .catch(() => undefined);
  }

  return (
    <div ref={errorRef}>
      <form key={formKey} className="card form" aria-label="Registrera avdelning" onSubmit={onSubmit} noValidate>
        <h2>Registrera avdelning</h2>
        <Field label="Nämnd" field="boardId" problems={problems}>
          {(props) => (
            <select {...props} name="boardId">
              {boards.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Avdelningens namn" field="name" problems={problems}>
          {(props) => <input {...props} name="name" />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={register.isPending}>
          Registrera avdelning
        </button>
      </form>
    </div>
  );
}

/** The municipality's boards (nämnder) and their departments; the administrator keeps them. */
export function BoardsPage() {
  const session = useSession();
  const admin = hasRole(session, ['ADMIN']);
  const { data, error, isLoading } = useGatewayQuery(BOARDS, {});
  const saved = useSaved();

  return (
    <Page title="Nämnder">
      <p>Enheter, avtal och uppföljningsplaner hör till en nämnd. Statistik och rapporter kan tas fram per nämnd.</p>
      <Saved message={saved.message} />
      <ErrorMessage error={error} />
      {isLoading && <Loading what="nämnderna" />}
      {data && (
        <>
          {data.boards.length ? (
            <ScrollBox label="Nämnder och avdelningar">
              <table>
                <caption>Nämnder och avdelningar</caption>
                <thead>
                  <tr>
                    <th scope="col">Nämnd</th>
                    <th scope="col">Avdelningar</th>
                  </tr>
                </thead>
                <tbody>
                  {data.boards.map((b) => (
                    <tr key={b.id}>
                      <th scope="row">{b.name}</th>
                      <td>{b.departments.map((d) => d.name).join(', ') || '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          ) : (
            <p>Inga nämnder är registrerade.</p>
          )}
          {admin && (
            <>
              <RegisterBoardForm notify={saved.show} />
              {data.boards.length > 0 && <RenameBoardForm boards={data.boards} notify={saved.show} />}
              {data.boards.length > 0 && <RegisterDepartmentForm boards={data.boards} notify={saved.show} />}
            </>
          )}
        </>
      )}
    </Page>
  );
}
