import { FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { enumLabel, swedishNumber, swedishRefusal } from '@kvalitetsnav/swedish';
import type { DeviationImportPreviewQuery, ImportJobStatus } from '../__generated__/graphql';
import { uploadFile } from '../gateway';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { useSession } from '../session';
import { FilePicker } from './FilePicker';
import { formatNumber, Saved, useFocusOnError, useSaved } from './form';
import { ImportProblems } from './ImportProblems';
import { ScrollBox } from './ScrollBox';
import { ErrorMessage, Loading, useFormProblems } from './ui';
import { IMPORT_DEVIATIONS, IMPORT_JOB, IMPORT_SOURCES, PREVIEW_IMPORT } from './DeviationImport.operations';

type Preview = Pick<
  DeviationImportPreviewQuery['previewDeviationImport'],
  'created' | 'changed' | 'unchanged' | 'rows'
>;

/**
 * Files larger than this go as a stream to POST /imports/deviations, followed by their job;
 * smaller ones as GraphQL text, answered at once.
 */
export const LARGE_FILE_BYTES = 1_000_000;
const running = (status: ImportJobStatus | undefined) => status === 'RECEIVING' || status === 'WRITING';
interface FileError {
  line: number;
  column: string;
  rule: string;
  params: unknown;
}

/** Kvalitetsnav's own layout, chosen when no source is. */
const OWN_LAYOUT = '';

const problemsOf = (errors: readonly FileError[]) =>
  errors.map((e) => ({
    line: e.line,
    column: e.column === '(file)' ? null : e.column,
    message: swedishRefusal({ rule: e.rule, params: e.params, field: e.column === '(file)' ? undefined : e.column }),
  }));

/** "12 nya, 3 ändrade och 40 oförändrade": what a file does, counted. */
export const importCounts = (r: { created: number; changed: number; unchanged: number }) =>
  `${swedishNumber(r.created)} nya, ${swedishNumber(r.changed)} ändrade och ${swedishNumber(r.unchanged)} oförändrade`;

function PreviewTable({ preview }: { preview: Preview }) {
  return (
    <section className="card" aria-label="Förhandsgranskning">
      <p role="status">
        Filen ger {importCounts(preview)} ärenden. Ingenting är sparat än.
        {preview.rows.length < preview.created + preview.changed + preview.unchanged &&
          ` De första ${formatNumber(preview.rows.length)} raderna visas.`}
      </p>
      <ScrollBox label="Raderna som de importeras">
        <table>
          <caption>Raderna som de importeras</caption>
          <thead>
            <tr>
              <th scope="col">Rad</th>
              <th scope="col">Ärende i källsystemet</th>
              <th scope="col">Enhet</th>
              <th scope="col">Slag</th>
              <th scope="col">Händelsedatum</th>
              <th scope="col">Status</th>
              <th scope="col">Kategori</th>
              <th scope="col">Ändring</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.line}>
                <td>{r.line}</td>
                <td>{r.externalId ?? '–'}</td>
                <td>{r.unitName}</td>
                <td>{enumLabel('DeviationKind', r.kind)}</td>
                <td>{r.occurredOn}</td>
                <td>{enumLabel('DeviationStatus', r.status)}</td>
                <td>{r.categoryLabel ?? '–'}</td>
                <td>{enumLabel('ImportChange', r.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}

/**
 * A period's deviations from a case system's file, in Kvalitetsnav's layout or as the source
 * exports it: previewed row by row with every error, then imported all or nothing. Cases
 * imported before with the same external id are updated, not added twice.
 */
export function DeviationImportForm() {
  const sources = useGatewayQuery(IMPORT_SOURCES, {});
  const importer = useGatewayMutation(IMPORT_DEVIATIONS);
  const [asked, setAsked] = useState<{ csv: string; source: string | null } | null>(null);
  const preview = useGatewayQuery(PREVIEW_IMPORT, asked);
  const problems = useFormProblems(importer.error ?? preview.error, ['csv', 'source']);
  const [refused, setRefused] = useState<readonly FileError[]>([]);
  const [missingFile, setMissingFile] = useState(false);
  const saved = useSaved();
  const errorRef = useFocusOnError(importer.error ?? (refused.length ? refused : null));
  const previewed = asked ? preview.data?.previewDeviationImport : undefined;
  const { token } = useSession();
  const [sent, setSent] = useState<number | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const followed = useGatewayQuery(IMPORT_JOB, jobId ? { id: jobId } : null, {
    refetchInterval: (data) => (running(data?.deviationImportJob?.status) ? 1000 : false),
  });
  const job = jobId ? followed.data?.deviationImportJob : undefined;
  const uploadProblems = useFormProblems(uploadError, ['source']);

  // Said once, when the job is first seen finished.
  useEffect(() => {
    if (job?.status === 'DONE' && !job.dryRun) saved.show(`Importen är klar: ${importCounts(job)} ärenden.`);
  }, [job?.status, job?.dryRun]);

  /** A large file as a stream: sent with its progress, then followed as a job. */
  async function sendLarge(file: { body: File; source: string | null }, dryRun: boolean) {
    setJobId(null);
    setUploadError(null);
    setSent(0);
    const query = new URLSearchParams({ dryRun: String(dryRun), ...(file.source ? { source: file.source } : {}) });
    try {
      const started = await uploadFile<{ id: string }>(`/imports/deviations?${query}`, file.body, token, setSent);
      setJobId(started.id);
    } catch (error) {
      setUploadError(error);
    } finally {
      setSent(null);
    }
  }

  async function fileOf(form: HTMLFormElement) {
    const data = new FormData(form);
    const file = data.get('file');
    const none = !(file instanceof File) || file.size === 0;
    setMissingFile(none);
    if (none) return null;
    return { body: file, source: String(data.get('source') ?? '') || null };
  }

  async function onPreview(form: HTMLFormElement) {
    saved.clear();
    setRefused([]);
    setJobId(null);
    const file = await fileOf(form);
    if (file && file.body.size > LARGE_FILE_BYTES) return sendLarge(file, true);
    setAsked(file && { csv: await file.body.text(), source: file.source });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    saved.clear();
    setRefused([]);
    setJobId(null);
    const file = await fileOf(target);
    if (!file) return;
    if (file.body.size > LARGE_FILE_BYTES) {
      setAsked(null);
      return sendLarge(file, false);
    }
    importer.mutate(
      { csv: await file.body.text(), source: file.source },
      {
        onSuccess: ({ importDeviations: result }) => {
          if (!result.accepted) return setRefused(result.errors);
          setAsked(null);
          target.reset();
          saved.show(`Importen är klar: ${importCounts(result)} ärenden.`);
        },
      },
    );
  }

  const list = sources.data?.deviationImportSources ?? [];
  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Importera avvikelser" onSubmit={onSubmit} noValidate>
        <h2>Importera avvikelser</h2>
        <span id="import-hint" className="muted">
          Välj källsystemets format för att läsa exporten som den är, eller Kvalitetsnavs format (rubrikrad med unit_id,
          kind, occurred_on, reported_on och description, valfritt category med kategorins kod). Ett fel stoppar hela
          filen. Ärenden som importerats förut med samma ärendenummer uppdateras i stället för att läggas till igen.
        </span>
        <label htmlFor="import-source">Format</label>
        {sources.isLoading ? (
          <Loading what="importkällorna" />
        ) : (
          <select id="import-source" name="source" defaultValue={OWN_LAYOUT}>
            <option value={OWN_LAYOUT}>Kvalitetsnavs format</option>
            {list.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        )}
        <Link to="/avvikelser/importkallor">Importkällor och deras kolumner</Link>
        <FilePicker
          id="import-file"
          name="file"
          label="CSV-fil från verksamhetssystemet"
          accept=".csv,text/csv"
          describedBy={missingFile ? 'import-hint import-missing' : 'import-hint'}
          invalid={missingFile}
        />
        {missingFile && (
          <p id="import-missing" className="field-error">
            Välj en fil att importera.
          </p>
        )}
        <ErrorMessage problems={problems} />
        <ErrorMessage problems={uploadProblems} />
        <div className="buttons">
          <button
            type="button"
            onClick={(e) => e.currentTarget.form && onPreview(e.currentTarget.form)}
            disabled={preview.isFetching}
          >
            Förhandsgranska
          </button>
          <button type="submit" disabled={importer.isPending}>
            Importera
          </button>
        </div>
      </form>
      <Saved message={saved.message} />
      {asked && preview.isFetching && <Loading what="förhandsgranskningen" />}
      {previewed && !previewed.accepted && (
        <ImportProblems caption="Fel i filen" problems={problemsOf(previewed.errors)} />
      )}
      {previewed?.accepted && <PreviewTable preview={previewed} />}
      {sent !== null && (
        <p role="status">
          Skickar filen: {Math.round(sent * 100)} % <progress value={sent} max={1} aria-label="Filen skickas" />
        </p>
      )}
      {job && running(job.status) && (
        <p role="status">
          {job.status === 'RECEIVING'
            ? `Läser och kontrollerar filen: ${swedishNumber(job.rowsRead)} rader.`
            : `${job.dryRun ? 'Jämför' : 'Sparar'} ${swedishNumber(job.rowsDone)} av ${swedishNumber(job.rowsRead)} rader.`}{' '}
          <progress value={job.rowsDone} max={job.rowsRead || 1} aria-label="Importens förlopp" />
        </p>
      )}
      {job?.status === 'DONE' && job.dryRun && <PreviewTable preview={{ ...job, rows: job.preview }} />}
      {job?.status === 'REFUSED' && (
        <>
          <ImportProblems caption="Fel i filen" problems={problemsOf(job.errors)} />
          {job.errorCount > job.errors.length && (
            <p>Ytterligare {swedishNumber(job.errorCount - job.errors.length)} fel visas inte.</p>
          )}
        </>
      )}
      {job?.status === 'FAILED' && (
        <p role="alert" className="error">
          Importen avbröts och ingenting sparades. Försök igen.
        </p>
      )}
      {refused.length > 0 && <ImportProblems caption="Fel i filen" problems={problemsOf(refused)} />}
    </div>
  );
}
