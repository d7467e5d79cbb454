import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { DEVIATION_IMPORT_FIELDS } from '@kvalitetsnav/swedish';
import type { DeviationImportSourcesQuery } from '../__generated__/graphql';
import { IMPORT_SOURCES } from '../components/DeviationImport.operations';
import { Field, formText, Saved, useFocusOnError, useSaved } from '../components/form';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { canWrite, useSession } from '../session';
import { CategoryNames, mappingOf, MappingFields } from './DeviationImportSources';
import { IMPORT_SOURCE_CATEGORIES, SAVE_IMPORT_SOURCE } from './DeviationImportSourcesPage.operations';

type Source = DeviationImportSourcesQuery['deviationImportSources'][number];

const SOURCE_FIELDS = ['code', 'name', 'unitCodeSystem', 'columns', 'values'];

/** A new source, or `source`'s mapping changed (its code stays). */
function SourceForm({
  source,
  categories,
  saved,
  onSaved,
}: {
  source: Source | null;
  categories: CategoryNames;
  saved: ReturnType<typeof useSaved>;
  onSaved: (code: string) => void;
}) {
  const save = useGatewayMutation(SAVE_IMPORT_SOURCE);
  const problems = useFormProblems(save.error, SOURCE_FIELDS);
  const errorRef = useFocusOnError(save.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    saved.clear();
    const input = {
      code: source?.code ?? formText(form, 'code').toUpperCase(),
      name: formText(form, 'name'),
      unitCodeSystem: formText(form, 'unitCodeSystem').toUpperCase(),
      ...mappingOf(form, categories),
    };
    save.mutate(
      { input: { ...input, columns: [...input.columns], values: [...input.values] } },
      {
        onSuccess: ({ saveDeviationImportSource: s }) => {
          saved.show(`Importkällan ${s.name} är sparad (version ${s.version}).`);
          onSaved(s.code);
        },
      },
    );
  }

  return (
    <div ref={errorRef}>
      <form className="card form" onSubmit={onSubmit} aria-labelledby="source-form" noValidate>
        <h2 id="source-form">{source ? `Ändra ${source.name}` : 'Ny importkälla'}</h2>
        <Field label="Namn" field="name" problems={problems} hint="Systemet exporten kommer från, t.ex. Treserva">
          {(props) => <input {...props} name="name" required defaultValue={source?.name} />}
        </Field>
        {!source && (
          <Field label="Kod" field="code" problems={problems} hint="Versaler och understreck, t.ex. TRESERVA">
            {(props) => <input {...props} name="code" required />}
          </Field>
        )}
        <Field
          label="Enhetskoder från systemet"
          field="unitCodeSystem"
          problems={problems}
          hint="Systemet vars koder exportens enhetskolumn har, som enheterna har dem under Koder i andra system"
        >
          {(props) => <input {...props} name="unitCodeSystem" required defaultValue={source?.unitCodeSystem} />}
        </Field>
        <MappingFields problems={problems} initial={source ?? undefined} categories={categories} />
        <ErrorMessage problems={problems} />
        <div className="buttons">
          <button type="submit" disabled={save.isPending}>
            Spara importkälla
          </button>
        </div>
      </form>
    </div>
  );
}

/** The systems deviations are imported from, and how each one's export is read. */
export function DeviationImportSourcesPage() {
  const session = useSession();
  const { data, error, isLoading } = useGatewayQuery(IMPORT_SOURCES, {});
  const listed = useGatewayQuery(IMPORT_SOURCE_CATEGORIES, {});
  const categories: CategoryNames = Object.fromEntries(
    (listed.data?.deviationCategories ?? []).map((c) => [c.code, c.label]),
  );
  const [editing, setEditing] = useState('');
  // Kept here: saving remounts the form with the source's new version.
  const saved = useSaved();
  const sources = data?.deviationImportSources ?? [];
  const source = sources.find((s) => s.code === editing) ?? null;
  return (
    <Page title="Importkällor">
      <p>
        <Link to="/avvikelser">Till avvikelserna</Link>
      </p>
      <p>
        En importkälla läser ett verksamhetssystems export som den är: vilken kolumn som har vilket fält, vad exportens
        ord betyder (även för kategorierna) och vilka enhetskoder den använder. Har exporten ingen kolumn för kategori
        behåller ärendena den kategori de har i Kvalitetsnav.
      </p>
      {(isLoading || listed.isLoading) && <Loading what="importkällorna" />}
      {error && <ErrorMessage problems={{ summary: ['Importkällorna kunde inte hämtas.'], byField: {} }} />}
      {sources.length > 0 && (
        <ScrollBox label="Importkällor">
          <table>
            <caption>Importkällor</caption>
            <thead>
              <tr>
                <th scope="col">Namn</th>
                <th scope="col">Enhetskoder från</th>
                <th scope="col">Ärendenummer i kolumnen</th>
                <th scope="col">Version</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr key={s.code}>
                  <td>{s.name}</td>
                  <td>{s.unitCodeSystem}</td>
                  <td>{s.columns.find((c) => c.field === 'external_id')?.header}</td>
                  <td>{s.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {canWrite(session) && !listed.isLoading && (
        <>
          <label htmlFor="source-choice">Importkälla att ändra</label>
          <select
            id="source-choice"
            value={editing}
            onChange={(e) => {
              saved.clear();
              setEditing(e.target.value);
            }}
          >
            <option value="">Ny importkälla</option>
            {sources.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
          <SourceForm
            key={source ? `${source.code}-${source.version}` : 'new'}
            source={source}
            categories={categories}
            saved={saved}
            onSaved={setEditing}
          />
          <Saved message={saved.message} />
        </>
      )}
      <p className="muted">Fälten: {Object.values(DEVIATION_IMPORT_FIELDS).join(', ')}.</p>
    </Page>
  );
}
