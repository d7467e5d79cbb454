import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { enumLabel } from '@kvalitetsnav/swedish';
import type { DeviationKind } from '../__generated__/graphql';
import { Field, Saved, useFocusOnError, useSaved } from '../components/form';
import { ErrorMessage, FieldError, Loading, Page, useFormProblems } from '../components/ui';
import { ScrollBox } from '../components/ScrollBox';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { ALL_CATEGORIES, CREATE_CATEGORY, SET_CATEGORY_ACTIVE } from './DeviationCategoriesPage.operations';
import { rootCauseCode } from './DeviationRootCausesPage';

/** The kinds a category can belong to; complaints have categories of their own. */
const CATEGORISED_KINDS: readonly DeviationKind[] = ['SOL_LSS', 'HSL', 'LEX_SARAH', 'LEX_MARIA'];

/** The API keys a category by an UPPER_SNAKE code made from the wording, as for root causes; never shown. */
const categoryCode = (label: string) => rootCauseCode(label).replace(/^ORSAK_/, 'KATEGORI_');

/** The managed list of what deviations are about, per kind: add one, retire one (deviations keep it) or bring it back. */
export function DeviationCategoriesPage() {
  const { data, error, isLoading } = useGatewayQuery(ALL_CATEGORIES, {});
  const create = useGatewayMutation(CREATE_CATEGORY);
  const setActive = useGatewayMutation(SET_CATEGORY_ACTIVE);
  const problems = useFormProblems(create.error, ['label', 'kinds', 'code']);
  const [taken, setTaken] = useState<string | null>(null);
  const saved = useSaved();
  const errorRef = useFocusOnError(create.error);

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    const label = String(form.get('label') ?? '');
    const kinds = form.getAll('kinds').map(String) as DeviationKind[];
    saved.clear();
    const code = categoryCode(label);
    const same = data?.deviationCategories.find((c) => c.code === code);
    setTaken(same ? `Det finns redan en kategori som heter ”${same.label}”.` : null);
    if (same) return;
    create.mutate(
      { input: { label, code, kinds } },
      {
        onSuccess: ({ createDeviationCategory }) => {
          target.reset();
          saved.show(`Kategorin ”${createDeviationCategory.label}” är tillagd.`);
        },
      },
    );
  }

  return (
    <Page title="Kategorier">
      <p>
        <Link to="/avvikelser">Till avvikelserna</Link>
      </p>
      <p>
        Vad en avvikelse eller en rapport enligt lex Sarah eller lex Maria handlar om. Klagomål har egna kategorier.
      </p>
      <div ref={errorRef}>
        <form className="card form" aria-label="Ny kategori" onSubmit={onCreate} noValidate>
          <h2>Ny kategori</h2>
          <Field label="Benämning" field="label" problems={problems}>
            {(props) => (
              <input
                {...props}
                name="label"
                {...(taken ? { 'aria-invalid': true, 'aria-describedby': 'category-taken' } : {})}
              />
            )}
          </Field>
          {taken && (
            <p id="category-taken" className="field-error" role="alert" tabIndex={-1}>
              {taken}
            </p>
          )}
          <fieldset {...problems.input('kinds')}>
            <legend>Gäller</legend>
            {CATEGORISED_KINDS.map((k) => (
              <label key={k} className="check">
                <input type="checkbox" name="kinds" value={k} /> {enumLabel('DeviationKind', k)}
              </label>
            ))}
          </fieldset>
          <FieldError problems={problems} field="kinds" />
          <FieldError problems={problems} field="code" />
          {!problems.byField['code'] && <ErrorMessage problems={problems} />}
          <button type="submit" disabled={create.isPending}>
            Lägg till kategori
          </button>
        </form>
        <Saved message={saved.message} />
      </div>

      <ErrorMessage error={error ?? setActive.error} />
      {isLoading && <Loading what="kategorierna" />}
      {data && (
        <ScrollBox label="Kategorier att välja bland">
          <table>
            <caption>Kategorier att välja bland</caption>
            <thead>
              <tr>
                <th scope="col">Benämning</th>
                <th scope="col">Gäller</th>
                <th scope="col">Används</th>
                <th scope="col">Ändra</th>
              </tr>
            </thead>
            <tbody>
              {data.deviationCategories.map((c) => (
                <tr key={c.id}>
                  <td>{c.label}</td>
                  <td>{c.kinds.map((k) => enumLabel('DeviationKind', k)).join(', ')}</td>
                  <td>{c.active ? 'Ja' : 'Nej'}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      disabled={setActive.isPending}
                      onClick={() => setActive.mutate({ input: { categoryId: c.id, active: !c.active } })}
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
