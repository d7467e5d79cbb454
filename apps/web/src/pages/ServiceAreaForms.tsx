import { FormEvent, useState } from 'react';
import type { ServiceAreasPageQuery } from '../__generated__/graphql';
import { Field, formText, useFocusOnError } from '../components/form';
import { ErrorMessage, useFormProblems } from '../components/ui';
import { useGatewayMutation } from '../queries';
import {
  REGISTER_SECTOR,
  REGISTER_SERVICE_AREA,
  RENAME_SECTOR,
  UPDATE_SERVICE_AREA,
} from './ServiceAreasPage.operations';

export type Sector = ServiceAreasPageQuery['sectors'][number];
type Notify = (message: string) => void;

/** A code left empty is left out: the API makes it from the name. */
const optional = (value: string) => value || undefined;
const CODE_HINT = 'Versaler A–Z, siffror och understreck. Lämnas tom görs koden av namnet.';

function SectorOptions({ sectors }: { sectors: readonly Sector[] }) {
  return (
    <>
      {sectors.map((s) => (
        <option key={s.code} value={s.code}>
          {s.name}
        </option>
      ))}
    </>
  );
}

export function RegisterSectorForm({ notify }: { notify: Notify }) {
  const register = useGatewayMutation(REGISTER_SECTOR);
  const problems = useFormProblems(register.error, ['name', 'code']);
  const errorRef = useFocusOnError(register.error);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    register
      .mutateAsync({ input: { name: formText(form, 'name'), code: optional(formText(form, 'code')) } })
      .then(({ registerSector }) => {
        setFormKey((k) => k + 1);
        notify(`Sektorn ${registerSector.name} är registrerad med koden ${registerSector.code}.`);
      })
      .catch(() => undefined);
  }

  return (
    <div ref={errorRef}>
      <form key={formKey} className="card form" aria-label="Registrera sektor" onSubmit={onSubmit} noValidate>
        <h2>Registrera sektor</h2>
        <Field label="Sektorns namn" field="name" problems={problems}>
          {(props) => <input {...props} name="name" />}
        </Field>
        <Field label="Kod (valfri)" field="code" problems={problems} hint={CODE_HINT}>
          {(props) => <input {...props} name="code" />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={register.isPending}>
          Registrera sektor
        </button>
      </form>
    </div>
  );
}

export function RenameSectorForm({ sectors, notify }: { sectors: readonly Sector[]; notify: Notify }) {
  const rename = useGatewayMutation(RENAME_SECTOR);
  const problems = useFormProblems(rename.error, ['code', 'name']);
  const errorRef = useFocusOnError(rename.error);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    rename
      .mutateAsync({ input: { code: formText(form, 'code'), name: formText(form, 'name') } })
      .then(({ renameSector }) => {
        setFormKey((k) => k + 1);
        notify(`Sektorn heter nu ${renameSector.name}.`);
      })
      .catch(() => undefined);
  }

  return (
    <div ref={errorRef}>
      <form key={formKey} className="card form" aria-label="Byt namn på sektor" onSubmit={onSubmit} noValidate>
        <h2>Byt namn på sektor</h2>
        <Field label="Sektor" field="code" problems={problems}>
          {(props) => (
            <select {...props} name="code">
              <SectorOptions sectors={sectors} />
            </select>
          )}
        </Field>
        <Field label="Nytt namn" field="name" problems={problems}>
          {(props) => <input {...props} name="name" />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={rename.isPending}>
          Byt namn
        </button>
      </form>
    </div>
  );
}

export function RegisterServiceAreaForm({ sectors, notify }: { sectors: readonly Sector[]; notify: Notify }) {
  const register = useGatewayMutation(REGISTER_SERVICE_AREA);
  const problems = useFormProblems(register.error, ['name', 'sectorCode', 'code']);
  const errorRef = useFocusOnError(register.error);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: formText(form, 'name'),
      sectorCode: formText(form, 'sectorCode'),
      code: optional(formText(form, 'code')),
    };
    register
      .mutateAsync({ input })
      .then(({ registerServiceArea: area }) => {
        setFormKey((k) => k + 1);
        notify(
          `Verksamhetsområdet ${area.name} är registrerat med koden ${area.code}, under sektorn ${area.sector.name}.`,
        );
      })
      .catch(() => undefined);
  }

  return (
    <div ref={errorRef}>
      <form
        key={formKey}
        className="card form"
        aria-label="Registrera verksamhetsområde"
        onSubmit={onSubmit}
        noValidate
      >
        <h2>Registrera verksamhetsområde</h2>
        <Field label="Verksamhetsområdets namn" field="name" problems={problems}>
          {(props) => <input {...props} name="name" />}
        </Field>
        <Field label="Sektor" field="sectorCode" problems={problems}>
          {(props) => (
            <select {...props} name="sectorCode">
              <SectorOptions sectors={sectors} />
            </select>
          )}
        </Field>
        <Field label="Kod (valfri)" field="code" problems={problems} hint={CODE_HINT}>
          {(props) => <input {...props} name="code" />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={register.isPending}>
          Registrera verksamhetsområde
        </button>
      </form>
    </div>
  );
}

/** Renames an area or moves it to another sector; its code stays, as units and figures carry it. */
export function UpdateServiceAreaForm({ sectors, notify }: { sectors: readonly Sector[]; notify: Notify }) {
  const update = useGatewayMutation(UPDATE_SERVICE_AREA);
  const problems = useFormProblems(update.error, ['code', 'name', 'sectorCode']);
  const errorRef = useFocusOnError(update.error);
  const areas = sectors.flatMap((s) => s.serviceAreas.map((a) => ({ ...a, sectorCode: s.code })));
  const [code, setCode] = useState(areas[0]?.code ?? '');
  const chosen = areas.find((a) => a.code === code) ?? areas[0];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      code: formText(form, 'code'),
      name: formText(form, 'name'),
      sectorCode: formText(form, 'sectorCode'),
    };
    update
      .mutateAsync({ input })
      .then(({ updateServiceArea: area }) =>
        notify(`Verksamhetsområdet ${area.name} är sparat, under sektorn ${area.sector.name}.`),
      )
      .catch(() => undefined);
  }

  if (!chosen) return null;
  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Ändra verksamhetsområde" onSubmit={onSubmit} noValidate>
        <h2>Ändra verksamhetsområde</h2>
        <p className="muted">Koden ändras inte: enheter, händelser och statistik bär den.</p>
        <Field label="Verksamhetsområde" field="code" problems={problems}>
          {(props) => (
            <select {...props} name="code" value={chosen.code} onChange={(e) => setCode(e.target.value)}>
              {areas.map((a) => (
                <option key={a.code} value={a.code}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {/* Keyed by the area (and its saved values), so choosing another one shows its own name and sector. */}
        <Field label="Namn" field="name" problems={problems}>
          {(props) => <input {...props} key={`${chosen.code}:${chosen.name}`} name="name" defaultValue={chosen.name} />}
        </Field>
        <Field label="Sektor" field="sectorCode" problems={problems}>
          {(props) => (
            <select
              {...props}
              key={`${chosen.code}:${chosen.sectorCode}`}
              name="sectorCode"
              defaultValue={chosen.sectorCode}
            >
              <SectorOptions sectors={sectors} />
            </select>
          )}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={update.isPending}>
          Spara ändringar
        </button>
      </form>
    </div>
  );
}
