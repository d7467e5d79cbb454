import { FormEvent, useState } from 'react';
import { fieldName, swedishRefusal } from '@kvalitetsnav/swedish';
import { Field, formatNumber, Saved, useFocusOnError, useSaved } from '../components/form';
import { ErrorMessage, useFormProblems } from '../components/ui';
import { useGatewayMutation } from '../queries';
import { IMPORT_KOLADA, IMPORT_RESPONSES } from './SurveyImports.operations';
import { FilePicker } from '../components/FilePicker';
import { ImportProblem, ImportProblems } from '../components/ImportProblems';

/** Where in a Kolada file, e.g. "Post 2: Nyckeltal" for values.1.kpi. */
function koladaPlace(field: string | null): string {
  if (!field) return 'Hela filen';
  const post = /^values\.(\d+)/.exec(field);
  return post ? `Post ${Number(post[1]) + 1}: ${fieldName(field)}` : fieldName(field);
}

/** Reads a chosen file into the text box, so the user sees (and may correct) what is sent. */
function useFileText(set: (text: string) => void) {
  return async (file: File) => set(await file.text());
}

/** Answer sheets for an open round from a CSV file: all rows or none. */
export function SurveyResponseImport({ roundId }: { roundId: string }) {
  const importCsv = useGatewayMutation(IMPORT_RESPONSES);
  const [csv, setCsv] = useState('');
  const [rowProblems, setRowProblems] = useState<ImportProblem[] | null>(null);
  const problems = useFormProblems(importCsv.error, ['csv', 'roundId']);
  const saved = useSaved();
  const focus = useFocusOnError(importCsv.error ?? rowProblems);
  const readFile = useFileText(setCsv);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    saved.clear();
    setRowProblems(null);
    importCsv.mutate(
      { roundId, csv },
      {
        onSuccess: ({ importSurveyResponses: r }) => {
          if (r.accepted) {
            saved.show(`${formatNumber(r.imported)} svar är importerade.`);
            setCsv('');
          } else
            setRowProblems(
              r.errors.map((e) => ({
                line: e.line,
                column: e.column === '(file)' || e.column === '(header)' ? null : e.column,
                message: swedishRefusal({ code: 'VALIDATION_FAILED', rule: e.rule, field: e.column, params: e.params }),
              })),
            );
        },
      },
    );
  }

  return (
    <div ref={focus}>
      <form className="card form" onSubmit={onSubmit} aria-label="Importera svar">
        <h2>Importera svar från CSV</h2>
        <p className="muted">
          Första raden: unit_id,gender och sedan frågornas id. En rad per svar. Har någon rad fel sparas ingenting.
        </p>
        <FilePicker id="responses-file" label="Välj fil" accept=".csv,text/csv" onFile={readFile} />
        <Field label="CSV-innehåll" field="csv" problems={problems}>
          {(props) => <textarea {...props} rows={6} value={csv} onChange={(e) => setCsv(e.target.value)} />}
        </Field>
        <div className="buttons">
          <button type="submit" disabled={importCsv.isPending || !csv.trim()}>
            Importera svaren
          </button>
        </div>
        <ErrorMessage problems={problems} />
        <ImportProblems caption="Fel i filen" problems={rowProblems ?? []} />
      </form>
      <Saved message={saved.message} />
    </div>
  );
}

/** National and own-municipality figures from Kolada's JSON: all values or none. */
export function KoladaImport() {
  const importJson = useGatewayMutation(IMPORT_KOLADA);
  const [json, setJson] = useState('');
  const [fileProblems, setFileProblems] = useState<ImportProblem[] | null>(null);
  const problems = useFormProblems(importJson.error, ['json']);
  const saved = useSaved();
  const focus = useFocusOnError(importJson.error ?? fileProblems);
  const readFile = useFileText(setJson);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    saved.clear();
    setFileProblems(null);
    importJson.mutate(
      { json },
      {
        onSuccess: ({ importKoladaValues: r }) => {
          if (r.accepted) {
            saved.show(`${formatNumber(r.imported)} värden från Kolada är importerade.`);
            setJson('');
          } else
            setFileProblems(
              r.problems.map((p) => ({
                line: null,
                column: koladaPlace(p.field),
                message: swedishRefusal({
                  code: 'VALIDATION_FAILED',
                  rule: p.rule,
                  field: p.field ?? undefined,
                  params: p.params,
                }),
              })),
            );
        },
      },
    );
  }

  return (
    <div ref={focus}>
      <form className="card form" onSubmit={onSubmit} aria-label="Importera Kolada-värden">
        <h2>Importera värden från Kolada</h2>
        <p className="muted">JSON som Koladas API lämnar den (nyckeltal, kommun, år, kön och värde).</p>
        <FilePicker id="kolada-file" label="Välj fil" accept=".json,application/json" onFile={readFile} />
        <Field label="JSON-innehåll" field="json" problems={problems}>
          {(props) => <textarea {...props} rows={6} value={json} onChange={(e) => setJson(e.target.value)} />}
        </Field>
        <div className="buttons">
          <button type="submit" disabled={importJson.isPending || !json.trim()}>
            Importera värdena
          </button>
        </div>
        <ErrorMessage problems={problems} />
        <ImportProblems caption="Fel i filen" problems={fileProblems ?? []} />
      </form>
      <Saved message={saved.message} />
    </div>
  );
}
