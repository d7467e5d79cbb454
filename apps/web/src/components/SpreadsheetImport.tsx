import { ColumnDef } from '@tanstack/react-table';
import { FormEvent, useId, useMemo, useState } from 'react';
import {
  CONTRACTS_STAFFING_CSV_COLUMNS,
  enumLabel,
  FORECASTING_CSV_COLUMNS,
  swedishNumber,
} from '@kvalitetsnav/swedish';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { isXlsx, sheetToCsv } from '../spreadsheet';
import { DataTable } from './DataTable';
import { FilePicker } from './FilePicker';
import { Field, Saved, useSaved } from './form';
import { FileError, fileProblems, ImportProblems } from './ImportProblems';
import {
  CLOSURE_REASONS,
  IMPORT_CASE_FLOWS,
  IMPORT_PLACEMENTS,
  IMPORT_STAFFING,
  UNIT_CODE_SYSTEMS,
} from './SpreadsheetImport.operations';
import { useServiceAreas } from './ServiceAreas';
import { ErrorMessage, useFormProblems } from './ui';

/** Which import: monthly case flows, monthly placements, or half-yearly staffing reports. */
export type SpreadsheetImportKind = 'CASE_FLOWS' | 'PLACEMENTS' | 'STAFFING';

export interface SpreadsheetImportProps {
  kind: SpreadsheetImportKind;
  /**
   * Called once a file is stored, with the rows stored. Every query on screen is refetched by
   * then (a mutation refreshes the cache); this is for what a page does besides.
   */
  onImported?: (rows: number) => void;
  /** Pre-filled unit ids for the template, one row each (for case flows, placements and staffing). */
  templateUnitIds?: readonly string[];
  /** The heading and the form's name; each kind has its own by default. */
  title?: string;
}

type Cell = string | number;
type PreviewRow = { line: number } & Record<string, Cell>;
interface Column {
  key: string;
  header: string;
}
interface Outcome {
  accepted: boolean;
  imported: number;
  created: number;
  changed: number;
  unchanged: number;
  errors: FileError[];
  rows: PreviewRow[];
}

const rows = (n: number) => `${swedishNumber(n)} ${n === 1 ? 'rad' : 'rader'}`;

/** What a file's rows do, as the import counts them: "Nya 2, Ändrade 1, Oförändrade 0". */
const countsText = (o: Pick<Outcome, 'created' | 'changed' | 'unchanged'>) =>
  `Nya ${swedishNumber(o.created)}, Ändrade ${swedishNumber(o.changed)}, Oförändrade ${swedishNumber(o.unchanged)}`;

/** The file's columns, from its first line as the API reads it (either separator, any case). */
const headerOf = (csv: string): string[] =>
  (csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '')
    .split(/[,;]/)
    .map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
const CHANGE_COLUMN: Column = { key: 'change', header: 'Ändring' };

/** What each kind's file holds and how it reads; the columns are the API's (see its resolvers). */
const KINDS: Record<
  SpreadsheetImportKind,
  { title: string; header: readonly string[]; about: string; saved: string; preview: readonly Column[]; file: string }
> = {
  CASE_FLOWS: {
    title: 'Importera ärendeflöden',
    header: ['unit_id', 'service', 'month', 'source', 'incoming', 'outgoing'],
    about:
      'En rad per enhet, insats och månad. Kolumnen source är provider (utförarens ärenden, förvalt) eller administration (biståndsbedömda). Varje orsakskolumn har antalet avslutade ärenden av den orsaken; tomt är 0. En rad som är oförändrad sparas inte igen.',
    saved: 'Varje månad är sparad som en ny version.',
    file: 'mall-arendefloden.csv',
    preview: [
      { key: 'line', header: 'Rad' },
      { key: 'unit', header: 'Enhet' },
      { key: 'service', header: 'Insats' },
      { key: 'month', header: 'Månad' },
      { key: 'source', header: 'Källa' },
      { key: 'incoming', header: 'Nya ärenden' },
      { key: 'outgoing', header: 'Avslutade ärenden' },
      { key: 'reasons', header: 'Avslutade per orsak' },
      CHANGE_COLUMN,
    ],
  },
  PLACEMENTS: {
    title: 'Importera placeringar',
    header: ['unit_id', 'month', 'form', 'placed', 'care_days', 'cost_sek', 'ended', 'ended_duration_days'],
    about:
      'En rad per enhet, månad och placeringsform. Kolumnen unit_id är enhetens id: en utförare anger en av sina egna enheter på varje rad, och förvaltningens egna siffror har den tom. Placeringsformen skrivs som hvb, family_home eller supported_housing. En månads siffror ersätter dem som rapporterats tidigare.',
    saved: 'De ersätter tidigare siffror för samma enhet, månad och placeringsform.',
    file: 'mall-placeringar.csv',
    preview: [
      { key: 'line', header: 'Rad' },
      { key: 'month', header: 'Månad' },
      { key: 'form', header: 'Placeringsform' },
      { key: 'placed', header: 'Placerade' },
      { key: 'careDays', header: 'Vårddygn' },
      { key: 'costSek', header: 'Kostnad (kr)' },
      { key: 'ended', header: 'Avslutade' },
      { key: 'endedDurationDays', header: 'Vårdtid för avslutade (dagar)' },
      { key: 'unit', header: 'Enhet' },
      CHANGE_COLUMN,
    ],
  },
  STAFFING: {
    title: 'Importera bemanning',
    header: [
      'unit_id',
      'year',
      'half',
      'managers',
      'permanent',
      'temporary',
      'hourly',
      'sick_leave_percent',
      'staff_turnover_percent',
      'job_titles',
    ],
    about:
      'En rad per enhet och halvår. Kolumnen half är 1 (januari–juni) eller 2 (juli–december). Chefer och anställda anges i antal personer (tillsvidare, visstid, timanställda), sjukfrånvaro och personalomsättning i procent. Kolumnen job_titles räknar upp befattningar med antal, åtskilda med semikolon, t.ex. Undersköterska:12; Sjuksköterska:3. Har enheten redan rapporterat halvåret blir det en ny version, och den tidigare finns kvar; en rad som är oförändrad sparas inte igen.',
    saved: 'Varje ny eller ändrad rad är sparad som en ny version; tidigare versioner finns kvar.',
    file: 'mall-bemanning.csv',
    preview: [
      { key: 'line', header: 'Rad' },
      { key: 'unit', header: 'Enhet' },
      { key: 'period', header: 'Halvår' },
      { key: 'version', header: 'Blir version' },
      { key: 'managers', header: 'Chefer' },
      { key: 'permanent', header: 'Tillsvidare' },
      { key: 'temporary', header: 'Visstid' },
      { key: 'hourly', header: 'Timanställda' },
      { key: 'sickLeave', header: 'Sjukfrånvaro (%)' },
      { key: 'turnover', header: 'Personalomsättning (%)' },
      { key: 'jobTitles', header: 'Befattningar' },
      CHANGE_COLUMN,
    ],
  },
};

type Reason = { code: string; label: string };

/** Runs the kind's import, as a dry run (a preview) or for real, with its rows ready to show. */
function useImporter(kind: SpreadsheetImportKind, reasons: readonly Reason[]) {
  const { areaName } = useServiceAreas();
  const caseFlows = useGatewayMutation(IMPORT_CASE_FLOWS);
  const placements = useGatewayMutation(IMPORT_PLACEMENTS);
  const staffing = useGatewayMutation(IMPORT_STAFFING);
  const current = kind === 'CASE_FLOWS' ? caseFlows : kind === 'PLACEMENTS' ? placements : staffing;
  const reasonLabel = (code: string) => reasons.find((r) => r.code === code)?.label ?? code;

  async function run(csv: string, dryRun: boolean, unitCodeSystem: string | null): Promise<Outcome> {
    if (kind === 'CASE_FLOWS') {
      const r = (await caseFlows.mutateAsync({ csv, dryRun, unitCodeSystem })).importCaseFlowReports;
      return {
        ...r,
        rows: r.rows.map((row) => ({
          line: row.line,
          change: enumLabel('MonthlyImportChange', row.change),
          unit: row.unitName,
          service: areaName(row.service),
          month: row.month,
          source: enumLabel('CaseFlowSource', row.source),
          incoming: row.incoming,
          outgoing: row.outgoing,
          reasons:
            row.closedByReason.map((c) => `${reasonLabel(c.reason)} ${swedishNumber(c.count)}`).join(', ') || '–',
        })),
      };
    }
    if (kind === 'PLACEMENTS') {
      const r = (await placements.mutateAsync({ csv, dryRun, unitCodeSystem })).importPlacementReports;
      return {
        ...r,
        rows: r.rows.map(({ unitId, unitName, change, ...row }) => ({
          ...row,
          change: enumLabel('MonthlyImportChange', change),
          form: areaName(row.form),
          unit: unitId ? (unitName ?? unitId) : 'Förvaltningens egna',
        })),
      };
    }
    const r = (await staffing.mutateAsync({ csv, dryRun, unitCodeSystem })).importStaffingReports;
    return {
      ...r,
      rows: r.rows.map((row) => ({
        line: row.line,
        change: enumLabel('StaffingImportChange', row.change),
        unit: row.unitName,
        period: `${row.year} halvår ${row.half}`,
        version: row.version,
        managers: row.managers,
        permanent: row.permanent,
        temporary: row.temporary,
        hourly: row.hourly,
        sickLeave: row.sickLeavePercent,
        turnover: row.staffTurnoverPercent,
        jobTitles: row.jobTitles.map((t) => `${t.title} ${swedishNumber(t.headcount)}`).join(', ') || '–',
      })),
    };
  }
  return { run, isPending: current.isPending, error: current.error };
}

/** The template: the header (and a row per given unit), with a BOM so a spreadsheet reads it as UTF-8. */
function templateHref(header: readonly string[], unitIds: readonly string[]): string {
  const lines = [header.join(','), ...unitIds.map((id) => [id, ...header.slice(1).map(() => '')].join(','))];
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${lines.join('\n')}\n`)}`;
}

/**
 * An import from a spreadsheet: a CSV or Excel (.xlsx) file, read in the browser into the CSV the
 * API takes, is checked by a dry run and shown row by row (or its errors, in Swedish, by line and
 * column); only then does "Importera" store it, all rows or none. Self-contained: it fetches what
 * it needs and refreshes what is on screen, so any page can hold it.
 */
export function SpreadsheetImport({ kind, onImported, templateUnitIds = [], title }: SpreadsheetImportProps) {
  const spec = KINDS[kind];
  const id = useId();
  const heading = title ?? spec.title;
  const reasonsQuery = useGatewayQuery(CLOSURE_REASONS, {}, { enabled: kind === 'CASE_FLOWS' });
  const reasons = useMemo(() => reasonsQuery.data?.closureReasons ?? [], [reasonsQuery.data]);
  const importer = useImporter(kind, reasons);
  const saved = useSaved();
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<{ csv: string; outcome: Outcome } | null>(null);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [codeSystem, setCodeSystem] = useState('');
  // A file that names its units by unit_code (as the case system exports it) needs the codes' system.
  const byCode = headerOf(csv).includes('unit_code');
  const systemsQuery = useGatewayQuery(UNIT_CODE_SYSTEMS, {}, { enabled: byCode });
  const systems = useMemo(
    () => [...new Set((systemsQuery.data?.units ?? []).flatMap((u) => u.externalCodes.map((c) => c.system)))].sort(),
    [systemsQuery.data],
  );
  const problems = useFormProblems(importer.error, ['unitCodeSystem']);
  const systemOf = (text: string) => (headerOf(text).includes('unit_code') ? codeSystem.trim() || null : null);
  const header = kind === 'CASE_FLOWS' ? [...spec.header, ...reasons.map((r) => r.code.toLowerCase())] : spec.header;
  // A preview holds only for the text it was made of; an edit asks for a new one.
  const shown = preview && preview.csv === `${codeSystem}\n${csv}` ? preview.outcome : null;

  const columnName = (column: string) => {
    const reason = reasons.find((r) => r.code.toLowerCase() === column);
    if (reason) return `Avslutade (${reason.label.toLowerCase()})`;
    const names = kind === 'STAFFING' ? CONTRACTS_STAFFING_CSV_COLUMNS : FORECASTING_CSV_COLUMNS;
    return names[column] ?? `Kolumnen ${column}`;
  };
  const columns = useMemo<ColumnDef<PreviewRow, unknown>[]>(
    () =>
      spec.preview.map((c) => ({
        id: c.key,
        header: c.header,
        accessorFn: (row: PreviewRow) => row[c.key],
        cell: (info) => {
          const value = info.getValue() as Cell;
          return typeof value === 'number' ? swedishNumber(value) : value;
        },
      })),
    [spec],
  );

  async function check(text: string) {
    saved.clear();
    setPreview(null);
    if (!text.trim()) return;
    try {
      setPreview({ csv: `${codeSystem}\n${text}`, outcome: await importer.run(text, true, systemOf(text)) });
    } catch {
      // The refusal is on screen through the mutation's error.
    }
  }

  async function onFile(file: File) {
    setUnreadable(null);
    let text: string;
    try {
      if (isXlsx(file)) {
        // Only a page that imports a spreadsheet loads the reader.
        const { readSheet } = await import('read-excel-file/browser');
        text = sheetToCsv(await readSheet(file));
      } else text = await file.text();
    } catch {
      setCsv('');
      setPreview(null);
      setUnreadable('Filen gick inte att läsa. Välj en CSV-fil eller en Excel-fil (.xlsx).');
      return;
    }
    setCsv(text);
    await check(text);
  }

  async function store() {
    if (!shown?.accepted) return;
    try {
      const outcome = await importer.run(csv, false, systemOf(csv));
      if (!outcome.accepted) {
        // Something changed since the preview (a unit, the month): show why, as a preview would.
        setPreview({ csv: `${codeSystem}\n${csv}`, outcome });
        return;
      }
      setPreview(null);
      setCsv('');
      saved.show(
        `${rows(outcome.imported)} ${outcome.imported === 1 ? 'sparad' : 'sparade'}. ${
          outcome.imported ? spec.saved : 'Filen var redan importerad, så ingenting nytt sparades.'
        } ${countsText(outcome)}.`,
      );
      onImported?.(outcome.imported);
    } catch {
      // The refusal is on screen through the mutation's error.
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void check(csv);
  }

  return (
    <form className="card form" onSubmit={onSubmit} aria-label={heading}>
      <h2>{heading}</h2>
      <p>
        Välj en CSV-fil eller en Excel-fil (.xlsx) med rubrikraden först: <code>{header.join(',')}</code>. {spec.about}{' '}
        I stället för unit_id kan filen ange enheterna med unit_code, deras koder i verksamhetssystemet (som
        ärendesystemets export har dem); ange då systemet i Enhetskoder från system. Filen kontrolleras och visas först;
        ingenting sparas förrän du väljer Importera, och har en rad fel sparas ingenting.
      </p>
      <p>
        <a href={templateHref(header, templateUnitIds)} download={spec.file}>
          Ladda ner mall (CSV)
        </a>
      </p>
      <FilePicker
        id={`${id}-file`}
        label="Välj fil (CSV eller Excel)"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onFile={(file) => void onFile(file)}
        invalid={Boolean(unreadable)}
        describedBy={unreadable ? `${id}-unreadable` : undefined}
      />
      {unreadable && (
        <p id={`${id}-unreadable`} className="field-error" role="alert">
          {unreadable}
        </p>
      )}
      <label htmlFor={`${id}-csv`}>Innehåll (CSV)</label>
      <textarea id={`${id}-csv`} rows={6} value={csv} onChange={(e) => setCsv(e.target.value)} spellCheck={false} />
      {byCode && (
        <Field
          label="Enhetskoder från system"
          field="unitCodeSystem"
          problems={problems}
          hint="Filen anger enheterna med kod (unit_code). Ange systemet koderna kommer från, t.ex. TRESERVA."
        >
          {(props) => (
            <>
              <input
                {...props}
                list={`${id}-systems`}
                value={codeSystem}
                onChange={(e) => setCodeSystem(e.target.value.toUpperCase())}
                autoComplete="off"
              />
              <datalist id={`${id}-systems`}>
                {systems.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            </>
          )}
        </Field>
      )}

      <div className="buttons">
        <button type="submit" className="secondary" disabled={importer.isPending || !csv.trim()}>
          Förhandsgranska
        </button>
      </div>
      <ErrorMessage problems={problems} />
      <Saved message={saved.message} />
      {shown && !shown.accepted && (
        <ImportProblems caption="Fel i filen" problems={fileProblems(shown.errors, columnName)} />
      )}
      {shown?.accepted && !shown.rows.length && <p role="status">Filen har inga rader under rubrikraden.</p>}
      {shown?.accepted && shown.rows.length > 0 && (
        <>
          <p role="status">
            Filen har {rows(shown.rows.length)} utan fel: {countsText(shown)}. Ingenting är sparat än: stämmer raderna,
            välj Importera.
          </p>
          <DataTable
            caption={`Förhandsgranskning, ${rows(shown.rows.length)}`}
            columns={columns}
            data={shown.rows}
            filterLabel="Filtrera förhandsgranskningen"
          />
          <div className="buttons">
            <button type="button" onClick={() => void store()} disabled={importer.isPending}>
              Importera {rows(shown.rows.length)}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
