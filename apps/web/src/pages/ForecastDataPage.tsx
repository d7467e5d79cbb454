import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { ENUM_LABELS, enumLabel, swedishRefusal } from '@kvalitetsnav/swedish';
import { Field, formatNumber, Saved, useFocusOnError, useSaved } from '../components/form';
import { CaseFlowForm } from '../components/CaseFlowForm';
import { CsvInput } from '../components/CsvInput';
import { ImportProblems } from '../components/ImportProblems';
import { decimal, PlacementForm } from '../components/PlacementForm';
import { SpreadsheetImport } from '../components/SpreadsheetImport';
import { ErrorMessage, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { CLOSURE_REASONS, IMPORT_POPULATION, SET_USAGE_RATES, UNITS } from './ForecastDataPage.operations';
import { ServiceAreaOptions, useServiceAreas } from '../components/ServiceAreas';

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
      <PlacementForm units={units.data?.units ?? []} />
      <SpreadsheetImport kind="PLACEMENTS" />
      <PopulationImport />
      <UsageRatesForm />
    </Page>
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
  const { areaName } = useServiceAreas();
  const submit = useGatewayMutation(SET_USAGE_RATES);
  const saved = useSaved();
  const [serviceArea, setServiceArea] = useState('NURSING_HOME');
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
    const area = areaName(serviceArea);
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
            <select {...props} value={serviceArea} onChange={(e) => setServiceArea(e.target.value)}>
              <ServiceAreaOptions />
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
