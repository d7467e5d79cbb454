import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { ENUM_LABELS, enumLabel } from '@kvalitetsnav/swedish';
import type { Complainant, ComplaintCategory, DeviationKind } from '../__generated__/graphql';
import { DEVIATION_CATEGORIES, REGISTER_COMPLAINT, REPORT_DEVIATION } from '../pages/DeviationsPage.operations';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { Field, Saved, useFocusOnError, useSaved } from './form';
import { ErrorMessage, useFormProblems } from './ui';

/**
 * Registering a deviation or a complaint at a unit: the officials' deviations page and the
 * provider portal use the same forms, so both speak the same refusals at the same fields.
 */

/** A unit to register at; the provider's name is shown where several providers' units are offered. */
export interface DeviationUnit {
  id: string;
  name: string;
  provider?: { name: string } | null;
}

/** Complaints and decisions not executed carry other facts and are registered on their own. */
export const REPORTED_KINDS = (Object.keys(ENUM_LABELS.DeviationKind) as DeviationKind[]).filter(
  (k) => k !== 'COMPLAINT' && k !== 'DECISION_NOT_EXECUTED',
);

const DEFAULT_HINT = 'Personnummer tas bort ur texten innan den sparas.';

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

function UnitSelect({ units, ...props }: { units: readonly DeviationUnit[]; id: string; name: string }) {
  return (
    <select {...props} defaultValue="">
      <option value="">Välj enhet</option>
      {units.map((u) => (
        <option key={u.id} value={u.id}>
          {u.provider ? `${u.name} (${u.provider.name})` : u.name}
        </option>
      ))}
    </select>
  );
}

/** The confirmation after a registration, with the way to the new case. */
function Registered({ saved, link }: { saved: ReturnType<typeof useSaved>; link: string | null }) {
  return (
    <>
      <Saved message={saved.message} />
      {saved.message && link && (
        <p>
          <Link to={link}>Öppna ärendet</Link>
        </p>
      )}
    </>
  );
}

interface FormProps {
  units: readonly DeviationUnit[];
  /** Where the new case is opened: the officials' case page or the portal's. */
  caseLink: (id: string) => string;
  /** What the description field says about personal data. */
  descriptionHint?: string;
}

interface ReportFormProps extends FormProps {
  /** The kinds offered: the MAS/MAR registers HSL deviations and lex Maria only. */
  kinds?: readonly DeviationKind[];
}

export function ReportDeviationForm({
  units,
  caseLink,
  descriptionHint = DEFAULT_HINT,
  kinds = REPORTED_KINDS,
}: ReportFormProps) {
  const report = useGatewayMutation(REPORT_DEVIATION);
  const problems = useFormProblems(report.error, ['unitId', 'kind', 'occurredOn', 'description', 'categoryCode']);
  // The categories offered are the chosen kind's.
  const [kind, setKind] = useState<DeviationKind>(kinds[0]);
  const categories = useGatewayQuery(DEVIATION_CATEGORIES, { kind });
  const saved = useSaved();
  const [createdId, setCreatedId] = useState<string | null>(null);
  const errorRef = useFocusOnError(report.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    saved.clear();
    report.mutate(
      {
        input: {
          unitId: text(form, 'unitId'),
          kind: text(form, 'kind') as DeviationKind,
          occurredOn: text(form, 'occurredOn'),
          description: text(form, 'description'),
          categoryCode: text(form, 'categoryCode') || null,
        },
      },
      {
        onSuccess: ({ reportDeviation }) => {
          target.reset();
          setKind(kinds[0]);
          setCreatedId(reportDeviation.id);
          saved.show(`${enumLabel('DeviationKind', reportDeviation.kind)} är registrerad.`);
        },
      },
    );
  }

  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Registrera avvikelse" onSubmit={onSubmit} noValidate>
        <h2>Registrera avvikelse</h2>
        <Field label="Slag" field="kind" problems={problems}>
          {(props) => (
            <select {...props} name="kind" value={kind} onChange={(e) => setKind(e.target.value as DeviationKind)}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {enumLabel('DeviationKind', k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Kategori" field="categoryCode" problems={problems} hint="Vad avvikelsen handlar om.">
          {(props) => (
            <select {...props} name="categoryCode" key={kind} defaultValue="">
              <option value="">Ingen kategori</option>
              {(categories.data?.deviationCategories ?? []).map((c) => (
                <option key={c.code} value={c.code}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Enhet" field="unitId" problems={problems}>
          {(props) => <UnitSelect {...props} name="unitId" units={units} />}
        </Field>
        <Field label="Datum då det hände" field="occurredOn" problems={problems}>
          {(props) => <input {...props} name="occurredOn" type="date" />}
        </Field>
        <Field label="Beskrivning" field="description" problems={problems} hint={descriptionHint}>
          {(props) => <textarea {...props} name="description" rows={4} />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={report.isPending}>
          Registrera avvikelse
        </button>
      </form>
      <Registered saved={saved} link={createdId && caseLink(createdId)} />
    </div>
  );
}

export function RegisterComplaintForm({ units, caseLink, descriptionHint = DEFAULT_HINT }: FormProps) {
  const register = useGatewayMutation(REGISTER_COMPLAINT);
  const problems = useFormProblems(register.error, ['unitId', 'receivedOn', 'complainant', 'category', 'description']);
  const saved = useSaved();
  const [createdId, setCreatedId] = useState<string | null>(null);
  const errorRef = useFocusOnError(register.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    saved.clear();
    register.mutate(
      {
        input: {
          unitId: text(form, 'unitId'),
          receivedOn: text(form, 'receivedOn'),
          complainant: text(form, 'complainant') as Complainant,
          category: text(form, 'category') as ComplaintCategory,
          description: text(form, 'description'),
        },
      },
      {
        onSuccess: ({ registerComplaint }) => {
          target.reset();
          setCreatedId(registerComplaint.id);
          saved.show('Synpunkten eller klagomålet är registrerat.');
        },
      },
    );
  }

  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Registrera klagomål" onSubmit={onSubmit} noValidate>
        <h2>Registrera klagomål</h2>
        <Field label="Enhet" field="unitId" problems={problems}>
          {(props) => <UnitSelect {...props} name="unitId" units={units} />}
        </Field>
        <Field label="Mottaget den" field="receivedOn" problems={problems}>
          {(props) => <input {...props} name="receivedOn" type="date" />}
        </Field>
        <Field label="Avsändare" field="complainant" problems={problems}>
          {(props) => (
            <select {...props} name="complainant" defaultValue="USER">
              {Object.entries(ENUM_LABELS.Complainant).map(([v, t]) => (
                <option key={v} value={v}>
                  {t}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Kategori" field="category" problems={problems}>
          {(props) => (
            <select {...props} name="category" defaultValue="TREATMENT">
              {Object.entries(ENUM_LABELS.ComplaintCategory).map(([v, t]) => (
                <option key={v} value={v}>
                  {t}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Beskrivning" field="description" problems={problems} hint={descriptionHint}>
          {(props) => <textarea {...props} name="description" rows={4} />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={register.isPending}>
          Registrera klagomål
        </button>
      </form>
      <Registered saved={saved} link={createdId && caseLink(createdId)} />
    </div>
  );
}
