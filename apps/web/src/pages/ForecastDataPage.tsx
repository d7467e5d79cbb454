import { ChangeEvent, FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { ENUM_LABELS, enumLabel, swedishRefusal } from '@kvalitetsnav/swedish';
import type { CaseFlowSource, ServiceArea } from '../__generated__/graphql';
import { Field, formatNumber, Saved, useFocusOnError, useSaved } from '../components/form';
import { CsvInput } from '../components/CsvInput';
import { ImportProblems } from '../components/ImportProblems';
import { SpreadsheetImport } from '../components/SpreadsheetImport';
import { ErrorMessage, FieldError, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import {
  CLOSURE_REASONS,
  IMPORT_POPULATION,
  SET_USAGE_RATES,
  SUBMIT_CASE_FLOW,
  SUBMIT_PLACEMENTS,
  UNITS,
} from './ForecastDataPage.operations';

const SERVICE_AREAS = Object.entries(ENUM_LABELS.ServiceArea) as [ServiceArea, string][];
const SOURCES = Object.entries(ENUM_LABELS.CaseFlowSource) as [CaseFlowSource, string][];
/** The placement forms the administration follows (seed 001); their names are the service areas'. */
const PLACEMENT_FORMS: ServiceArea[] = ['HVB', 'FAMILY_HOME', 'SUPPORTED_HOUSING'];
/** The last ended month, the one usually reported. */
const lastMonth = () => {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};
const whole = (value: FormDataEntryValue | null) => (value === null || value === '' ? 0 : Number(value));
const decimal = (value: string) => Number(value.replace(/[\s\u00a0]/g, '').replace(',', '.'));

type Reason = { code: string; label: string };

/** The monthly figures forecasts and projections are made from, entered or imported by the administration. */
export function ForecastDataPage() {
  const units = useGatewayQuery(UNITS, {});
  const reasons = useGatewayQuery(CLOSURE_REASONS, {});
  return (
    <Page title="Underlag för prognoser">
      <p>
        Här rapporterar förvaltningen månadens ärenden och placeringar, importerar flera månader på en gång och lägger
        in befolkning och andelar per åldersgrupp. <Link to="/prognoser">Till prognoserna</Link>
      </p>
      <ErrorMessage error={units.error ?? reasons.error} />
      {(units.isLoading || reasons.isLoading) && <Loading what="enheter och avslutsorsaker" />}
      <CaseFlowForm units={units.data?.units ?? []} reasons={reasons.data?.closureReasons ?? []} />
      <SpreadsheetImport kind="CASE_FLOWS" />
      <PlacementForm />
      <SpreadsheetImport kind="PLACEMENTS" />
      <PopulationImport />
      <UsageRatesForm />
    </Page>
  );
}

function CaseFlowForm({
  units,
  reasons,
}: {
  units: { id: string; name: string; serviceArea: ServiceArea; provider: { name: string } }[];
  reasons: Reason[];
}) {
  const submit = useGatewayMutation(SUBMIT_CASE_FLOW);
  const saved = useSaved();
  const [unitId, setUnitId] = useState('');
  const [service, setService] = useState<ServiceArea | ''>('');
  // The reasons sent, in order: a refusal about closedByReason.N is about the Nth of them.
  const [sent, setSent] = useState<string[]>([]);
  const problems = useFormProblems(submit.error, [
    'unitId',
    'service',
    'month',
    'source',
    'incoming',
    'outgoing',
    'closedByReason',
    ...sent.flatMap((_, i) => [`closedByReason.${i}.count`, `closedByReason.${i}.reason`]),
  ]);
  const focus = useFocusOnError(submit.error);
  const reasonProblem = (code: string) => {
    const i = sent.indexOf(code);
    return i < 0
      ? undefined
      : (problems.byField[`closedByReason.${i}.count`] ?? problems.byField[`closedByReason.${i}.reason`]);
  };

  function onUnit(event: ChangeEvent<HTMLSelectElement>) {
    setUnitId(event.target.value);
    const unit = units.find((u) => u.id === event.target.value);
    if (unit) setService(unit.serviceArea);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    saved.clear();
    const form = new FormData(event.currentTarget);
    const closedByReason = reasons
      .map((r) => ({ reason: r.code, count: whole(form.get(`reason-${r.code}`)) }))
      .filter((r) => r.count !== 0);
    setSent(closedByReason.map((r) => r.reason));
    const unitName = units.find((u) => u.id === unitId)?.name ?? '';
    submit.mutate(
      {
        input: {
          unitId,
          service: service || '',
          month: String(form.get('month')),
          source: form.get('source') as CaseFlowSource,
          incoming: whole(form.get('incoming')),
          outgoing: whole(form.get('outgoing')),
          closedByReason,
        },
      },
      {
        onSuccess: ({ submitCaseFlowReport: r }) =>
          saved.show(
            r.version > 1
              ? `Ärendeflödet för ${unitName} ${r.month} är sparat som version ${r.version}. Det ersätter den tidigare rapporten för månaden, som finns kvar i historiken.`
              : `Ärendeflödet för ${unitName} ${r.month} är sparat (version 1).`,
          ),
      },
    );
  }

  return (
    <form className="card form" onSubmit={onSubmit} aria-label="Rapportera ärendeflöde">
      <h2>Ärendeflöde för en månad</h2>
      <div ref={focus} className="form">
        <Field label="Enhet" field="unitId" problems={problems}>
          {(props) => (
            <select {...props} value={unitId} onChange={onUnit}>
              <option value="">Välj enhet</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.provider.name})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Insats" field="service" problems={problems}>
          {(props) => (
            <select {...props} value={service} onChange={(e) => setService(e.target.value as ServiceArea)}>
              <option value="">Välj insats</option>
              {SERVICE_AREAS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Månad" field="month" problems={problems} hint="ÅÅÅÅ-MM, en månad som är slut">
          {(props) => <input {...props} name="month" type="month" defaultValue={lastMonth()} />}
        </Field>
        <Field
          label="Källa"
          field="source"
          problems={problems}
          hint="Prognoserna görs på utförarens ärenden; de biståndsbedömda följs för sig."
        >
          {(props) => (
            <select {...props} name="source" defaultValue="PROVIDER">
              {SOURCES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Nya ärenden" field="incoming" problems={problems}>
          {(props) => <input {...props} name="incoming" type="number" min={0} inputMode="numeric" defaultValue={0} />}
        </Field>
        <Field label="Avslutade ärenden" field="outgoing" problems={problems}>
          {(props) => <input {...props} name="outgoing" type="number" min={0} inputMode="numeric" defaultValue={0} />}
        </Field>
        <fieldset {...problems.input('closedByReason')}>
          <legend>Avslutade ärenden per orsak (ska bli lika många som de avslutade)</legend>
          {reasons.map((r) => {
            const message = reasonProblem(r.code);
            return (
              <div key={r.code} className="form">
                <label htmlFor={`reason-${r.code}`}>{r.label}</label>
                <input
                  id={`reason-${r.code}`}
                  name={`reason-${r.code}`}
                  type="number"
                  min={0}
                  inputMode="numeric"
                  defaultValue={0}
                  aria-invalid={message ? true : undefined}
                />
                {message && <p className="field-error">{message}</p>}
              </div>
            );
          })}
          <FieldError problems={problems} field="closedByReason" />
        </fieldset>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={submit.isPending}>
          Spara ärendeflödet
        </button>
        <Saved message={saved.message} />
      </div>
    </form>
  );
}

function PlacementForm() {
  const submit = useGatewayMutation(SUBMIT_PLACEMENTS);
  const saved = useSaved();
  const fields = ['month', 'form', 'placed', 'careDays', 'costSek', 'ended', 'endedDurationDays'];
  const problems = useFormProblems(submit.error, fields);
  const focus = useFocusOnError(submit.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    saved.clear();
    const form = new FormData(event.currentTarget);
    submit.mutate(
      {
        input: {
          month: String(form.get('month')),
          form: String(form.get('form')),
          placed: whole(form.get('placed')),
          careDays: whole(form.get('careDays')),
          costSek: decimal(String(form.get('costSek') ?? '0')) || 0,
          ended: whole(form.get('ended')),
          endedDurationDays: whole(form.get('endedDurationDays')),
        },
      },
      {
        onSuccess: ({ submitPlacementReport: r }) =>
          saved.show(
            r.version > 1
              ? `Placeringarna för ${enumLabel('ServiceArea', r.form)} ${r.month} är sparade som version ${r.version} och ersätter de tidigare siffrorna.`
              : `Placeringarna för ${enumLabel('ServiceArea', r.form)} ${r.month} är sparade (version 1).`,
          ),
      },
    );
  }

  return (
    <form className="card form" onSubmit={onSubmit} aria-label="Rapportera placeringar">
      <h2>Placeringar för en månad</h2>
      <div ref={focus} className="form">
        <Field label="Månad" field="month" problems={problems} hint="ÅÅÅÅ-MM, en månad som är slut">
          {(props) => <input {...props} name="month" type="month" defaultValue={lastMonth()} />}
        </Field>
        <Field label="Placeringsform" field="form" problems={problems}>
          {(props) => (
            <select {...props} name="form" defaultValue="HVB">
              {PLACEMENT_FORMS.map((form) => (
                <option key={form} value={form}>
                  {enumLabel('ServiceArea', form)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Antal placerade" field="placed" problems={problems}>
          {(props) => <input {...props} name="placed" type="number" min={0} inputMode="numeric" defaultValue={0} />}
        </Field>
        <Field label="Vårddygn" field="careDays" problems={problems}>
          {(props) => <input {...props} name="careDays" type="number" min={0} inputMode="numeric" defaultValue={0} />}
        </Field>
        <Field label="Kostnad i kronor" field="costSek" problems={problems}>
          {(props) => <input {...props} name="costSek" type="number" min={0} step="any" defaultValue={0} />}
        </Field>
        <Field label="Avslutade placeringar" field="ended" problems={problems}>
          {(props) => <input {...props} name="ended" type="number" min={0} inputMode="numeric" defaultValue={0} />}
        </Field>
        <Field label="Vårdtid för avslutade placeringar (dagar)" field="endedDurationDays" problems={problems}>
          {(props) => (
            <input {...props} name="endedDurationDays" type="number" min={0} inputMode="numeric" defaultValue={0} />
          )}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={submit.isPending}>
          Spara placeringarna
        </button>
        <Saved message={saved.message} />
      </div>
    </form>
  );
}

function PopulationImport() {
  const importer = useGatewayMutation(IMPORT_POPULATION);
  const saved = useSaved();
  const [csv, setCsv] = useState('');
  const result = importer.data?.importPopulation;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    saved.clear();
    importer.mutate(
      { csv },
      {
        onSuccess: ({ importPopulation: r }) => {
          if (r.accepted) saved.show(`${formatNumber(r.imported)} befolkningssiffror importerades.`);
        },
      },
    );
  }

  return (
    <form className="card form" onSubmit={onSubmit} aria-label="Importera befolkning">
      <h2>Befolkning från SCB</h2>
      <p>
        En tabell från SCB:s statistikdatabas som CSV med år som kolumner: region, ålder och sedan en kolumn per år,
        t.ex. <code>"region","ålder","2025","2026"</code>. Siffror för samma region, åldersgrupp och år ersätts.
      </p>
      <CsvInput id="population-csv" label="Tabellen (CSV)" value={csv} onChange={setCsv} />
      <ErrorMessage error={importer.error} />
      <button type="submit" disabled={importer.isPending || !csv.trim()}>
        Importera befolkningen
      </button>
      <Saved message={saved.message} />
      {result && !result.accepted && (
        <ImportProblems
          caption="Fel i tabellen"
          problems={result.problems.map((p) => ({
            line: p.line ?? null,
            column: p.header ?? (p.column ? String(p.column) : null),
            message: swedishRefusal({
              code: 'VALIDATION_FAILED',
              rule: p.code,
              params: { line: p.line, column: p.column, header: p.header, value: p.value },
            }),
          }))}
        />
      )}
    </form>
  );
}

function UsageRatesForm() {
  const submit = useGatewayMutation(SET_USAGE_RATES);
  const saved = useSaved();
  const [serviceArea, setServiceArea] = useState<ServiceArea>('NURSING_HOME');
  const [rates, setRates] = useState([
    { ageBand: '80-84', rate: '' },
    { ageBand: '85-89', rate: '' },
    { ageBand: '90+', rate: '' },
  ]);
  const problems = useFormProblems(submit.error, [
    'serviceArea',
    'rates',
    ...rates.flatMap((_, i) => [`rates.${i}.ageBand`, `rates.${i}.rate`]),
  ]);
  const focus = useFocusOnError(submit.error);
  const change = (i: number, key: 'ageBand' | 'rate', value: string) =>
    setRates((all) => all.map((r, j) => (j === i ? { ...r, [key]: value } : r)));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    saved.clear();
    const area = enumLabel('ServiceArea', serviceArea);
    submit.mutate(
      {
        input: { serviceArea, rates: rates.map((r) => ({ ageBand: r.ageBand.trim(), rate: decimal(r.rate || '0') })) },
      },
      {
        onSuccess: ({ setUsageRates: n }) =>
          saved.show(`${n} andelar per åldersgrupp är sparade för ${area.toLowerCase()}.`),
      },
    );
  }

  return (
    <form className="card form" onSubmit={onSubmit} aria-label="Andelar per åldersgrupp">
      <h2>Andelar per åldersgrupp</h2>
      <p>
        Hur stor andel av varje åldersgrupp som använder verksamheten, som ett tal mellan 0 och 1 (0,15 är 15 %). De
        ersätter verksamhetsområdets tidigare andelar.
      </p>
      <div ref={focus} className="form">
        <Field label="Verksamhetsområde" field="serviceArea" problems={problems}>
          {(props) => (
            <select {...props} value={serviceArea} onChange={(e) => setServiceArea(e.target.value as ServiceArea)}>
              {SERVICE_AREAS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {rates.map((r, i) => (
          <fieldset key={i}>
            <legend>Rad {i + 1}</legend>
            <div className="form">
              <Field
                label={`Åldersgrupp ${i + 1}`}
                field={`rates.${i}.ageBand`}
                problems={problems}
                hint="t.ex. 80-84 eller 90+"
              >
                {(props) => (
                  <input {...props} value={r.ageBand} onChange={(e) => change(i, 'ageBand', e.target.value)} />
                )}
              </Field>
              <Field label={`Andel för åldersgrupp ${i + 1}`} field={`rates.${i}.rate`} problems={problems}>
                {(props) => (
                  <input
                    {...props}
                    type="number"
                    min={0}
                    max={1}
                    step="any"
                    value={r.rate}
                    onChange={(e) => change(i, 'rate', e.target.value)}
                  />
                )}
              </Field>
              <button type="button" onClick={() => setRates((all) => all.filter((_, j) => j !== i))}>
                Ta bort åldersgrupp {i + 1}
              </button>
            </div>
          </fieldset>
        ))}
        <button type="button" onClick={() => setRates((all) => [...all, { ageBand: '', rate: '' }])}>
          Lägg till åldersgrupp
        </button>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={submit.isPending}>
          Spara andelarna
        </button>
        <Saved message={saved.message} />
      </div>
    </form>
  );
}
