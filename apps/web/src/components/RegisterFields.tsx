import { useState } from 'react';
import { ENUM_LABELS } from '@kvalitetsnav/swedish';
import { Field, formText } from './form';
import { ServiceAreaSelect } from './ServiceAreas';
import { FormProblems } from './ui';

/** The inputs of a provider, for registering one and for changing one (then filled with its values). */
export function ProviderFields({
  problems,
  initial,
}: {
  problems: FormProblems;
  initial?: { name: string; organisationNumber: string; ownership: string };
}) {
  return (
    <>
      <Field label="Namn" field="name" problems={problems}>
        {(props) => <input {...props} name="name" required defaultValue={initial?.name} autoComplete="organization" />}
      </Field>
      <Field label="Organisationsnummer" field="organisationNumber" problems={problems} hint="NNNNNN-NNNN">
        {(props) => <input {...props} name="organisationNumber" required defaultValue={initial?.organisationNumber} />}
      </Field>
      <Field label="Ägarform" field="ownership" problems={problems}>
        {(props) => (
          <select {...props} name="ownership" defaultValue={initial?.ownership ?? 'PRIVATE'}>
            {Object.entries(ENUM_LABELS.ProviderOwnership).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

export interface BoardChoice {
  id: string;
  name: string;
  departments: readonly { id: string; name: string }[];
}

/** A unit's board and, among that board's, its department; none means the unit has no board. */
function BoardFields({
  problems,
  boards,
  initial,
}: {
  problems: FormProblems;
  boards: readonly BoardChoice[];
  initial?: { boardId?: string | null; departmentId?: string | null };
}) {
  const [boardId, setBoardId] = useState(initial?.boardId ?? '');
  const departments = boards.find((b) => b.id === boardId)?.departments ?? [];
  return (
    <>
      <Field label="Nämnd" field="boardId" problems={problems}>
        {(props) => (
          <select {...props} name="boardId" value={boardId} onChange={(e) => setBoardId(e.target.value)}>
            <option value="">Ingen nämnd</option>
            {boards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {departments.length > 0 && (
        <Field label="Avdelning" field="departmentId" problems={problems}>
          {(props) => (
            <select
              {...props}
              key={boardId}
              name="departmentId"
              defaultValue={boardId === initial?.boardId ? (initial?.departmentId ?? '') : ''}
            >
              <option value="">Ingen avdelning</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </>
  );
}

/** The inputs of a unit; with `boards`, also the board and department it belongs to. */
export function UnitFields({
  problems,
  initial,
  boards,
}: {
  problems: FormProblems;
  initial?: {
    name: string;
    serviceArea: string;
    places: number | null;
    boardId?: string | null;
    departmentId?: string | null;
    externalCodes?: readonly ExternalCode[];
  };
  boards?: readonly BoardChoice[];
}) {
  return (
    <>
      <Field label="Enhetens namn" field="name" problems={problems}>
        {(props) => <input {...props} name="name" required defaultValue={initial?.name} />}
      </Field>
      <Field label="Verksamhetsområde" field="serviceArea" problems={problems}>
        {(props) => (
          <ServiceAreaSelect {...props} name="serviceArea" defaultValue={initial?.serviceArea ?? 'HOME_CARE'} />
        )}
      </Field>
      <Field label="Antal platser" field="places" problems={problems} hint="Lämna tomt om enheten inte har platser">
        {(props) => (
          <input {...props} name="places" type="number" min={0} defaultValue={initial?.places ?? undefined} />
        )}
      </Field>
      {boards && <BoardFields problems={problems} boards={boards} initial={initial} />}
      <Field
        label="Koder i andra system"
        field="externalCodes"
        problems={problems}
        hint="En per rad: system och enhetens kod där, t.ex. TRESERVA: HT-01. Importer hittar enheten på koden."
      >
        {(props) => (
          <textarea
            {...props}
            name="externalCodes"
            rows={2}
            defaultValue={(initial?.externalCodes ?? []).map((c) => `${c.system}: ${c.code}`).join('\n')}
          />
        )}
      </Field>
    </>
  );
}

export interface ExternalCode {
  system: string;
  code: string;
}

/**
 * The unit's codes as written, one per line as "SYSTEM: kod"; the system is a code, so it is
 * taken in capitals with spaces as `_`. A line without a colon is a system without a code,
 * which the API refuses by name.
 */
export function externalCodesOf(form: FormData): ExternalCode[] {
  return formText(form, 'externalCodes')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(':');
      const system = (at < 0 ? line : line.slice(0, at)).trim().toUpperCase().replace(/\s+/g, '_');
      return { system, code: at < 0 ? '' : line.slice(at + 1).trim() };
    });
}

/** The inputs of a contract; `units` are the provider's units to choose among, `boards` the boards. */
export function ContractFields({
  problems,
  units,
  boards,
  initial,
}: {
  problems: FormProblems;
  units: readonly { id: string; name: string }[];
  boards: readonly { id: string; name: string }[];
  initial?: {
    reference: string;
    title: string;
    form: string;
    startDate: string;
    endDate?: string | null;
    boardId?: string | null;
    unitIds: readonly string[];
  };
}) {
  return (
    <>
      <Field label="Avtalsnummer" field="reference" problems={problems}>
        {(props) => <input {...props} name="reference" required defaultValue={initial?.reference} />}
      </Field>
      <Field label="Rubrik" field="title" problems={problems}>
        {(props) => <input {...props} name="title" required defaultValue={initial?.title} />}
      </Field>
      <Field label="Avtalsform" field="form" problems={problems}>
        {(props) => (
          <select {...props} name="form" defaultValue={initial?.form ?? 'LOU'}>
            {Object.entries(ENUM_LABELS.ContractForm).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Startdatum" field="startDate" problems={problems}>
        {(props) => <input {...props} name="startDate" type="date" required defaultValue={initial?.startDate} />}
      </Field>
      <Field label="Slutdatum" field="endDate" problems={problems} hint="Lämna tomt om avtalet gäller tills vidare">
        {(props) => <input {...props} name="endDate" type="date" defaultValue={initial?.endDate ?? undefined} />}
      </Field>
      <Field
        label="Nämnd"
        field="boardId"
        problems={problems}
        hint={initial ? undefined : 'Utan nämnd får avtalet enheternas nämnd, om de har samma'}
      >
        {(props) => (
          <select {...props} name="boardId" defaultValue={initial?.boardId ?? ''}>
            <option value="">Ingen nämnd</option>
            {boards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset {...problems.input('unitIds')}>
        <legend>Enheter som avtalet omfattar</legend>
        {units.map((u) => (
          <label key={u.id} className="check">
            <input type="checkbox" name="unitIds" value={u.id} defaultChecked={initial?.unitIds.includes(u.id)} />{' '}
            {u.name}
          </label>
        ))}
        {!units.length && <p className="muted">Utföraren har inga enheter än.</p>}
      </fieldset>
      {problems.byField['unitIds'] && (
        <p id={problems.messageId('unitIds')} className="field-error">
          {problems.byField['unitIds']}
        </p>
      )}
    </>
  );
}

/** The text of a form's input, or null when left empty. */
export const textOf = (form: FormData, name: string): string | null => formText(form, name) || null;
