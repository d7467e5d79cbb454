import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { Field, Saved, useFocusOnError, useSaved } from '../components/form';
import { ErrorMessage, FieldError, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { ALL_ROOT_CAUSES, CREATE_ROOT_CAUSE, SET_ROOT_CAUSE_ACTIVE } from './DeviationRootCausesPage.operations';
import { ScrollBox } from '../components/ScrollBox';

/**
 * The API keys a root cause by a stable UPPER_SNAKE code; officials name causes in Swedish, so
 * the code is made from the wording (å, ä, ö as a, a, o) and never shown.
 */
export const rootCauseCode = (label: string) => {
  const code = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return (/^[A-Z]/.test(code) ? code : `ORSAK_${code}`).slice(0, 60);
};

/** The managed list of root causes: add one, retire one (deviations keep it) or bring it back. */
export function DeviationRootCausesPage() {
  const { data, error, isLoading } = useGatewayQuery(ALL_ROOT_CAUSES, {});
  const create = useGatewayMutation(CREATE_ROOT_CAUSE);
  const setActive = useGatewayMutation(SET_ROOT_CAUSE_ACTIVE);
  // A taken code is about the wording the code was made from.
  const problems = useFormProblems(create.error, ['label', 'code']);
  const [taken, setTaken] = useState<string | null>(null);
  const saved = useSaved();
  const errorRef = useFocusOnError(create.error);

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const label = String(new FormData(target).get('label') ?? '');
    saved.clear();
    const code = rootCauseCode(label);
    // The API's refusal would name the code, which nobody here has seen; say it of the wording.
    const same = data?.rootCauses.find((c) => c.code === code);
    setTaken(same ? `Det finns redan en grundorsak som heter ”${same.label}”.` : null);
    if (same) return;
    create.mutate(
      { input: { label, code } },
      {
        onSuccess: ({ createRootCause }) => {
          target.reset();
          saved.show(`Grundorsaken ”${createRootCause.label}” är tillagd.`);
        },
      },
    );
  }

  return (
    <Page title="Grundorsaker">
      <p>
        <Link to="/avvikelser">Till avvikelserna</Link>
      </p>
      <div ref={errorRef}>
        <form className="card form" aria-label="Ny grundorsak" onSubmit={onCreate} noValidate>
          <h2>Ny grundorsak</h2>
          <Field label="Benämning" field="label" problems={problems}>
            {(props) => (
              <input
                {...props}
                name="label"
                {...(taken ? { 'aria-invalid': true, 'aria-describedby': 'root-cause-taken' } : {})}
              />
            )}
          </Field>
          {taken && (
            <p id="root-cause-taken" className="field-error" role="alert" tabIndex={-1}>
              {taken}
            </p>
          )}
          <FieldError problems={problems} field="code" />
          {!problems.byField['code'] && <ErrorMessage problems={problems} />}
          <button type="submit" disabled={create.isPending}>
            Lägg till grundorsak
          </button>
        </form>
        <Saved message={saved.message} />
      </div>

      <ErrorMessage error={error ?? setActive.error} />
      {isLoading && <Loading what="grundorsakerna" />}
      {data && (
        <ScrollBox label="Grundorsaker att välja bland">
          <table>
            <caption>Grundorsaker att välja bland</caption>
            <thead>
              <tr>
                <th scope="col">Benämning</th>
                <th scope="col">Används</th>
                <th scope="col">Ändra</th>
              </tr>
            </thead>
            <tbody>
              {data.rootCauses.map((c) => (
                <tr key={c.id}>
                  <td>{c.label}</td>
                  <td>{c.active ? 'Ja' : 'Nej'}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      disabled={setActive.isPending}
                      onClick={() => setActive.mutate({ input: { rootCauseId: c.id, active: !c.active } })}
                    >
                      {c.active ? `Sluta använda ${c.label}` : `Använd ${c.label} igen`}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </Page>
  );
}
