import { FormEvent, useState } from 'react';
import { ENUM_LABELS } from '@kvalitetsnav/swedish';
import type { BusinessReportSection } from '../__generated__/graphql';
import { GatewayError } from '../gateway';
import { Field, Saved, useFocusOnError, useSaved } from '../components/form';
import { ErrorMessage, useFormProblems } from '../components/ui';
import { useGatewayMutation } from '../queries';
import { countOf, decimalOf } from './portal';
import { SUBMIT_BUSINESS } from './PortalReportsPage.operations';

const SECTIONS = Object.entries(ENUM_LABELS.BusinessReportSection) as [BusinessReportSection, string][];
const FIGURES = [
  ['usersServed', 'Brukare under året'],
  ['placesAvailable', 'Platser'],
  ['complaintsReceived', 'Klagomål som kommit in'],
  ['deviationsReported', 'Rapporterade avvikelser'],
  ['lexSarahReports', 'Lex Sarah-rapporter'],
] as const;

/** The yearly business report (verksamhetsberättelse): the template's sections as text, and its figures. */
export function PortalBusinessForm({
  units,
  year: lastYear,
  unitId: initialUnit = '',
}: {
  units: { id: string; name: string }[];
  year: number;
  unitId?: string;
}) {
  const submit = useGatewayMutation(SUBMIT_BUSINESS);
  const saved = useSaved();
  const [unitId, setUnitId] = useState(initialUnit);
  const [local, setLocal] = useState<GatewayError | null>(null);
  // The sections sent, in order: a refusal about sections.N is about the Nth of them.
  const [sent, setSent] = useState<BusinessReportSection[]>([]);
  const error = local ?? submit.error;
  const problems = useFormProblems(error, [
    'unitId',
    'year',
    'sections',
    ...sent.map((_, i) => `sections.${i}.text`),
    ...FIGURES.map(([field]) => `figures.${field}`),
    'figures.qualifiedStaffPercent',
  ]);
  const focus = useFocusOnError(error);
  const sectionProblem = (section: BusinessReportSection) => {
    const i = sent.indexOf(section);
    return i < 0 ? undefined : problems.byField[`sections.${i}.text`];
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    saved.clear();
    submit.reset();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const qualified = text('qualifiedStaffPercent');
    if (qualified && Number.isNaN(decimalOf(qualified))) {
      const field = 'figures.qualifiedStaffPercent';
      setLocal(new GatewayError({ code: 'VALIDATION_FAILED', rule: 'NOT_A_NUMBER', field, params: {} }));
      return;
    }
    setLocal(null);
    const sections = SECTIONS.map(([section]) => ({ section, text: text(`section-${section}`) })).filter((s) => s.text);
    setSent(sections.map((s) => s.section));
    const figures = Object.fromEntries(
      FIGURES.filter(([field]) => text(field)).map(([field]) => [field, countOf(text(field))]),
    );
    const year = Number(form.get('year'));
    const unitName = units.find((u) => u.id === unitId)?.name ?? '';
    submit.mutate(
      {
        input: {
          unitId,
          year,
          sections,
          figures: { ...figures, ...(qualified ? { qualifiedStaffPercent: decimalOf(qualified) } : {}) },
        },
      },
      {
        onSuccess: ({ submitBusinessReport: r }) =>
          saved.show(
            r.version > 1
              ? `Verksamhetsberättelsen för ${unitName} ${r.year} är inlämnad som version ${r.version}. Den tidigare versionen finns kvar.`
              : `Verksamhetsberättelsen för ${unitName} ${r.year} är inlämnad (version 1).`,
          ),
      },
    );
  }

  return (
    <form className="card form" onSubmit={onSubmit} aria-label="Verksamhetsberättelse">
      <h2>Verksamhetsberättelse</h2>
      <p className="muted">
        Lämnas en gång om året per enhet, senast 31 mars året efter. Skriv inga personuppgifter om brukare.
      </p>
      <div ref={focus} className="form">
        <Field label="Enhet" field="unitId" problems={problems}>
          {(props) => (
            <select {...props} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
              <option value="">Välj enhet</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="År" field="year" problems={problems}>
          {(props) => (
            <select {...props} name="year" defaultValue={lastYear}>
              {[lastYear + 1, lastYear, lastYear - 1].map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset {...problems.input('sections')}>
          <legend>Avsnitt (sammanfattningen krävs)</legend>
          {SECTIONS.map(([section, label]) => {
            const message = sectionProblem(section);
            return (
              <div key={section} className="form">
                <label htmlFor={`section-${section}`}>{label}</label>
                <textarea
                  id={`section-${section}`}
                  name={`section-${section}`}
                  rows={section === 'SUMMARY' ? 4 : 3}
                  aria-invalid={message ? true : undefined}
                />
                {message && <p className="field-error">{message}</p>}
              </div>
            );
          })}
          {problems.byField['sections'] && <p className="field-error">{problems.byField['sections']}</p>}
        </fieldset>
        <fieldset>
          <legend>Nyckeltal (lämna tomt det ni inte har)</legend>
          {FIGURES.map(([field, label]) => (
            <Field key={field} label={label} field={`figures.${field}`} problems={problems}>
              {(props) => <input {...props} name={field} type="number" inputMode="numeric" />}
            </Field>
          ))}
          <Field
            label="Personal med den utbildning avtalet kräver (procent)"
            field="figures.qualifiedStaffPercent"
            problems={problems}
          >
            {(props) => <input {...props} name="qualifiedStaffPercent" inputMode="decimal" />}
          </Field>
        </fieldset>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={submit.isPending}>
          Lämna verksamhetsberättelsen
        </button>
        <Saved message={saved.message} />
      </div>
    </form>
  );
}
