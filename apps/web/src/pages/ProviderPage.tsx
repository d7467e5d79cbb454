import { FormEvent, useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { enumLabel, swedishNumber } from '@kvalitetsnav/swedish';
import type { ContractForm, ProviderOwnership, ProviderPageQuery } from '../__generated__/graphql';
import { ApiKeys } from '../components/ApiKeys';
import { ChangeHistory } from '../components/ChangeHistory';
import { ContractRequirements } from '../components/ContractRequirements';
import { ProviderContacts } from '../components/ProviderContacts';
import { Field, Saved, useFocusOnError, useSaved } from '../components/form';
import {
  BoardChoice,
  ContractFields,
  externalCodesOf,
  ProviderFields,
  textOf,
  UnitFields,
} from '../components/RegisterFields';
import { ErrorMessage, Loading, Page, Ratio, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { canWrite, hasRole, useSession } from '../session';
import {
  CREATE_CONTRACT,
  CREATE_UNIT,
  PROVIDER,
  TERMINATE_CONTRACT,
  UPDATE_CONTRACT,
  UPDATE_PROVIDER,
  UPDATE_UNIT,
} from './ProviderPage.operations';
import { ScrollBox } from '../components/ScrollBox';
import { SpreadsheetImport } from '../components/SpreadsheetImport';
import { useServiceAreas } from '../components/ServiceAreas';

type Contract = ProviderPageQuery['contracts'][number];
type Provider = NonNullable<ProviderPageQuery['provider']>;
type Unit = Provider['units'][number];
type UnitOption = { id: string; name: string };

const placesOf = (form: FormData): number | null => {
  const text = textOf(form, 'places');
  return text === null ? null : Number(text);
};

/** Registers a unit of the provider. */
const UNIT_FIELDS = ['name', 'serviceArea', 'places', 'boardId', 'departmentId', 'externalCodes'];

/** The board and department chosen, `null` for none. */
const placementOf = (form: FormData) => ({
  boardId: textOf(form, 'boardId'),
  departmentId: textOf(form, 'departmentId'),
});

function UnitForm({ providerId, boards }: { providerId: string; boards: readonly BoardChoice[] }) {
  const create = useGatewayMutation(CREATE_UNIT);
  const problems = useFormProblems(create.error, UNIT_FIELDS);
  const errorRef = useFocusOnError(create.error);
  const saved = useSaved();
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    saved.clear();
    create.mutate(
      {
        input: {
          providerId,
          name: textOf(form, 'name') ?? '',
          serviceArea: String(form.get('serviceArea')),
          places: placesOf(form),
          ...placementOf(form),
          externalCodes: externalCodesOf(form),
        },
      },
      {
        onSuccess: ({ createUnit }) => {
          setFormKey((k) => k + 1);
          saved.show(`Enheten ${createUnit.name} är registrerad.`);
        },
      },
    );
  }

  return (
    <div ref={errorRef}>
      <form key={formKey} className="card form" onSubmit={onSubmit} aria-labelledby="register-unit">
        <h3 id="register-unit">Registrera enhet</h3>
        <UnitFields problems={problems} boards={boards} />
        <ErrorMessage problems={problems} />
        <div className="buttons">
          <button type="submit" disabled={create.isPending}>
            Registrera enhet
          </button>
        </div>
      </form>
      <Saved message={saved.message} />
    </div>
  );
}

const CONTRACT_FIELDS = ['reference', 'title', 'form', 'startDate', 'endDate', 'boardId', 'unitIds'];

const contractInputOf = (form: FormData) => ({
  reference: textOf(form, 'reference') ?? '',
  title: textOf(form, 'title') ?? '',
  form: String(form.get('form')) as ContractForm,
  startDate: textOf(form, 'startDate') ?? '',
  endDate: textOf(form, 'endDate'),
  boardId: textOf(form, 'boardId'),
  unitIds: form.getAll('unitIds').map(String),
});

/** Registers a contract with the provider for some of its units. */
function ContractForm({
  providerId,
  units,
  boards,
}: {
  providerId: string;
  units: readonly UnitOption[];
  boards: readonly BoardChoice[];
}) {
  const create = useGatewayMutation(CREATE_CONTRACT);
  const problems = useFormProblems(create.error, CONTRACT_FIELDS);
  const errorRef = useFocusOnError(create.error);
  const saved = useSaved();
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    saved.clear();
    create.mutate(
      { input: { providerId, ...contractInputOf(new FormData(event.currentTarget)) } },
      {
        onSuccess: ({ createContract }) => {
          setFormKey((k) => k + 1);
          saved.show(`Avtalet ${createContract.reference} är registrerat.`);
        },
      },
    );
  }

  return (
    <div ref={errorRef}>
      <form key={formKey} className="card form" onSubmit={onSubmit} aria-labelledby="register-contract">
        <h3 id="register-contract">Registrera avtal</h3>
        <ContractFields problems={problems} units={units} boards={boards} />
        <ErrorMessage problems={problems} />
        <div className="buttons">
          <button type="submit" disabled={create.isPending}>
            Registrera avtal
          </button>
        </div>
      </form>
      <Saved message={saved.message} />
    </div>
  );
}

/** Changes a provider's name, organisation number or ownership; the API keeps what did not change. */
function EditProviderForm({ provider }: { provider: Provider }) {
  const update = useGatewayMutation(UPDATE_PROVIDER);
  const problems = useFormProblems(update.error, ['name', 'organisationNumber', 'ownership']);
  const errorRef = useFocusOnError(update.error);
  const saved = useSaved();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    saved.clear();
    update.mutate(
      {
        input: {
          id: provider.id,
          name: textOf(form, 'name') ?? '',
          organisationNumber: textOf(form, 'organisationNumber') ?? '',
          ownership: String(form.get('ownership')) as ProviderOwnership,
        },
      },
      { onSuccess: ({ updateProvider }) => saved.show(`Uppgifterna om ${updateProvider.name} är sparade.`) },
    );
  }

  return (
    <div ref={errorRef}>
      <form className="card form" onSubmit={onSubmit} aria-labelledby="edit-provider">
        <h3 id="edit-provider">Ändra utförare</h3>
        <ProviderFields problems={problems} initial={provider} />
        <ErrorMessage problems={problems} />
        <div className="buttons">
          <button type="submit" disabled={update.isPending}>
            Spara ändringar
          </button>
        </div>
      </form>
      <Saved message={saved.message} />
    </div>
  );
}

/** Changes a unit, with its history below. */
function EditUnitForm({
  unit,
  names,
  boards,
}: {
  unit: Unit;
  names: ReadonlyMap<string, string>;
  boards: readonly BoardChoice[];
}) {
  const update = useGatewayMutation(UPDATE_UNIT);
  const problems = useFormProblems(update.error, UNIT_FIELDS);
  const errorRef = useFocusOnError(update.error);
  const saved = useSaved();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    saved.clear();
    update.mutate(
      {
        input: {
          id: unit.id,
          name: textOf(form, 'name') ?? '',
          serviceArea: String(form.get('serviceArea')),
          places: placesOf(form),
          ...placementOf(form),
          externalCodes: externalCodesOf(form),
        },
      },
      { onSuccess: ({ updateUnit }) => saved.show(`Enheten ${updateUnit.name} är ändrad.`) },
    );
  }

  return (
    <section className="card" aria-labelledby={`edit-unit-${unit.id}`}>
      <div ref={errorRef}>
        <form className="form" onSubmit={onSubmit} aria-labelledby={`edit-unit-${unit.id}`}>
          <h3 id={`edit-unit-${unit.id}`}>Ändra enheten {unit.name}</h3>
          <UnitFields problems={problems} initial={unit} boards={boards} />
          <ErrorMessage problems={problems} />
          <div className="buttons">
            <button type="submit" disabled={update.isPending}>
              Spara ändringar
            </button>
          </div>
        </form>
        <Saved message={saved.message} />
      </div>
      <h4>Ändringshistorik</h4>
      <ChangeHistory entityId={unit.id} caption={`Ändringshistorik för enheten ${unit.name}`} names={names} />
    </section>
  );
}

/** Changes a contract's reference, title, form, period, board or units. */
function EditContractForm({
  contract,
  units,
  boards,
}: {
  contract: Contract;
  units: readonly UnitOption[];
  boards: readonly BoardChoice[];
}) {
  const update = useGatewayMutation(UPDATE_CONTRACT);
  const problems = useFormProblems(update.error, CONTRACT_FIELDS);
  const errorRef = useFocusOnError(update.error);
  const saved = useSaved();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    saved.clear();
    update.mutate(
      { input: { id: contract.id, ...contractInputOf(new FormData(event.currentTarget)) } },
      { onSuccess: ({ updateContract }) => saved.show(`Avtalet ${updateContract.reference} är ändrat.`) },
    );
  }

  return (
    <div ref={errorRef}>
      <form className="form" onSubmit={onSubmit} aria-labelledby={`edit-contract-${contract.id}`}>
        <h4 id={`edit-contract-${contract.id}`}>Ändra avtalet</h4>
        <ContractFields
          problems={problems}
          units={units}
          boards={boards}
          initial={{ ...contract, unitIds: contract.units.map((u) => u.id) }}
        />
        <ErrorMessage problems={problems} />
        <div className="buttons">
          <button type="submit" disabled={update.isPending}>
            Spara ändringar
          </button>
        </div>
      </form>
      <Saved message={saved.message} />
    </div>
  );
}

/** Terminates a contract from a day, with the reason. */
function TerminateForm({ contract }: { contract: Contract }) {
  const terminate = useGatewayMutation(TERMINATE_CONTRACT);
  const problems = useFormProblems(terminate.error, ['terminatedOn', 'reason']);
  const errorRef = useFocusOnError(terminate.error);
  const saved = useSaved();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    saved.clear();
    terminate.mutate(
      {
        input: {
          contractId: contract.id,
          terminatedOn: textOf(form, 'terminatedOn') ?? '',
          reason: textOf(form, 'reason') ?? '',
        },
      },
      {
        onSuccess: ({ terminateContract }) =>
          saved.show(`Avtalet ${contract.reference} är uppsagt från och med ${terminateContract.terminatedOn}.`),
      },
    );
  }

  return (
    <div ref={errorRef}>
      <Saved message={saved.message} />
      {!contract.terminatedOn && (
        <form className="card form" onSubmit={onSubmit} aria-labelledby={`terminate-${contract.id}`}>
          <h4 id={`terminate-${contract.id}`}>Säg upp avtalet</h4>
          <Field
            label="Uppsägningsdatum"
            field="terminatedOn"
            problems={problems}
            hint="Avtalet är uppsagt från och med denna dag"
          >
            {(props) => <input {...props} name="terminatedOn" type="date" required />}
          </Field>
          <Field label="Orsak till uppsägningen" field="reason" problems={problems}>
            {(props) => <textarea {...props} name="reason" rows={3} required />}
          </Field>
          <ErrorMessage problems={problems} />
          <div className="buttons">
            <button type="submit" disabled={terminate.isPending}>
              Säg upp avtalet
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

/** One contract: its facts, and for officials who write, termination and its history. */
function ContractDetails({
  contract,
  units,
  boards,
  writer,
  names,
}: {
  contract: Contract;
  units: readonly UnitOption[];
  boards: readonly BoardChoice[];
  writer: boolean;
  names: ReadonlyMap<string, string>;
}) {
  return (
    <section className="card" aria-labelledby={`contract-${contract.id}`}>
      <h3 id={`contract-${contract.id}`}>
        Avtal {contract.reference} – {contract.title}
      </h3>
      <dl className="facts">
        <dt>Avtalsform</dt>
        <dd>{enumLabel('ContractForm', contract.form)}</dd>
        <dt>Status</dt>
        <dd>{enumLabel('ContractStatus', contract.status)}</dd>
        <dt>Period</dt>
        <dd>
          {contract.startDate} – {contract.endDate ?? 'tills vidare'}
        </dd>
        <dt>Nämnd</dt>
        <dd>{(contract.boardId && names.get(contract.boardId)) || 'Ingen'}</dd>
        <dt>Enheter</dt>
        <dd>{contract.units.map((u) => u.name).join(', ') || 'Inga'}</dd>
        {contract.terminatedOn && (
          <>
            <dt>Uppsagt från och med</dt>
            <dd>{contract.terminatedOn}</dd>
            <dt>Orsak till uppsägningen</dt>
            <dd>{contract.terminationReason}</dd>
          </>
        )}
      </dl>
      <ContractRequirements contract={contract} writer={writer} />
      {writer && <EditContractForm key={contract.id} contract={contract} units={units} boards={boards} />}
      {writer && <TerminateForm contract={contract} />}
      {writer && (
        <>
          <h4>Ändringshistorik</h4>
          <ChangeHistory
            entityId={contract.id}
            caption={`Ändringshistorik för avtal ${contract.reference}`}
            names={names}
          />
        </>
      )}
    </section>
  );
}

/** Everything about one provider on one page: units, contracts, follow-ups, reports, deviations, surveys, case flows. */
export function ProviderPage() {
  const { areaName } = useServiceAreas();
  const { id = '' } = useParams();
  const session = useSession();
  const writer = canWrite(session);
  // Keys are the admins' alone (the API keys resolver's @RequireRoles).
  const admin = hasRole(session, ['ADMIN']);
  const { data, error, isLoading } = useGatewayQuery(PROVIDER, { id });
  const p = data?.provider;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editingProvider, setEditingProvider] = useState(false);
  const [editingUnitId, setEditingUnitId] = useState<string | null>(null);
  const editingUnit = p?.units.find((u) => u.id === editingUnitId);
  const selected = data?.contracts.find((c) => c.id === selectedId);
  const units = useMemo(() => p?.units.map((u) => ({ id: u.id, name: u.name })) ?? [], [p]);
  // The history names the provider, its units and the boards and departments by these ids.
  const names = useMemo(
    () =>
      new Map<string, string>([
        ...(p ? [[p.id, p.name] as const] : []),
        ...units.map((u) => [u.id, u.name] as const),
        ...(data?.boards ?? []).flatMap((b) => [
          [b.id, b.name] as const,
          ...b.departments.map((d) => [d.id, d.name] as const),
        ]),
      ]),
    [p, units, data?.boards],
  );
  const nameOf = (id: string | null) => (id && names.get(id)) || '–';
  return (
    <Page title={p ? p.name : 'Utförare'}>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="utföraren" />}
      {data && !p && <p>Utföraren finns inte eller är inte synlig för dig.</p>}
      {p && (
        <>
          <p>
            {p.organisationNumber} · {enumLabel('ProviderOwnership', p.ownership)} · {p.deviationStatistics.deviations}{' '}
            avvikelser, {p.deviationStatistics.lexSarah} lex Sarah, {p.deviationStatistics.complaints} klagomål,{' '}
            {p.deviationStatistics.overdue} över två månader · slutbedömda inom två månader{' '}
            <Ratio value={p.deviationStatistics.closedWithinTwoMonths} />
          </p>
          {writer && (
            <div className="buttons">
              <button
                type="button"
                className="secondary"
                aria-expanded={editingProvider}
                onClick={() => setEditingProvider(!editingProvider)}
              >
                {editingProvider ? 'Stäng ändring av utföraren' : 'Ändra utföraren'}
              </button>
            </div>
          )}
          {writer && editingProvider && (
            <>
              <EditProviderForm provider={p} />
              <h3>Ändringshistorik för utföraren</h3>
              <ChangeHistory entityId={p.id} caption={`Ändringshistorik för ${p.name}`} names={names} />
            </>
          )}
          <h2>Avtal och uppföljningar</h2>
          <ScrollBox label="Avtal">
            <table>
              <caption>Avtal</caption>
              <thead>
                <tr>
                  <th scope="col">Avtal</th>
                  <th scope="col">Form</th>
                  <th scope="col">Status</th>
                  <th scope="col">Period</th>
                  <th scope="col">Nämnd</th>
                  <th scope="col">Uppföljningar</th>
                  <th scope="col">Detaljer</th>
                </tr>
              </thead>
              <tbody>
                {data.contracts.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      {c.reference} – {c.title}
                    </th>
                    <td>{enumLabel('ContractForm', c.form)}</td>
                    <td>{enumLabel('ContractStatus', c.status)}</td>
                    <td>
                      {c.startDate} – {c.endDate ?? 'tills vidare'}
                    </td>
                    <td>{nameOf(c.boardId)}</td>
                    <td>
                      {c.followUps
                        .map(
                          (f) =>
                            `${enumLabel('FollowUpType', f.type)} ${f.plannedOn} (${enumLabel('FollowUpStatus', f.status)})`,
                        )
                        .join(', ') || '–'}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        aria-expanded={selectedId === c.id}
                        onClick={() => setSelectedId(selectedId === c.id ? null : c.id)}
                      >
                        {selectedId === c.id ? 'Dölj' : 'Visa'} avtal {c.reference}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {!data.contracts.length && <p>Inga avtal registrerade.</p>}
          {selected && (
            <ContractDetails contract={selected} units={units} boards={data.boards} writer={writer} names={names} />
          )}
          {writer && <ContractForm providerId={p.id} units={units} boards={data.boards} />}
          <h2>Enheter</h2>
          <ScrollBox label="Enheter med avvikelser, brukarundersökningar och rapporter">
            <table>
              <caption>Enheter med avvikelser, brukarundersökningar och rapporter</caption>
              <thead>
                <tr>
                  <th scope="col">Enhet</th>
                  <th scope="col">Område</th>
                  <th scope="col">Nämnd</th>
                  <th scope="col">Avdelning</th>
                  <th scope="col" className="num">
                    Avvikelser (öppna)
                  </th>
                  <th scope="col">Brukarundersökningar</th>
                  <th scope="col">Bemanning (senaste)</th>
                  <th scope="col">Verksamhetsberättelser</th>
                  {writer && <th scope="col">Ändra</th>}
                </tr>
              </thead>
              <tbody>
                {p.units.map((u) => {
                  const staffing = [...u.staffingReports].sort(
                    (a, b) => b.year - a.year || b.half - a.half || b.version - a.version,
                  )[0];
                  return (
                    <tr key={u.id}>
                      <th scope="row">{u.name}</th>
                      <td>{areaName(u.serviceArea)}</td>
                      <td>{nameOf(u.boardId)}</td>
                      <td>{nameOf(u.departmentId)}</td>
                      <td className="num">
                        {u.deviationStatistics.total} ({u.deviationStatistics.open})
                      </td>
                      <td>
                        {u.surveyResults.map((s) => (
                          <div key={s.roundName}>
                            {s.roundName}: svar <Ratio value={s.responseRate} />
                          </div>
                        ))}
                        {!u.surveyResults.length && '–'}
                      </td>
                      <td>
                        {staffing
                          ? `${staffing.year} halvår ${staffing.half} (version ${staffing.version}): sjukfrånvaro ${swedishNumber(staffing.sickLeavePercent)} %, omsättning ${swedishNumber(staffing.staffTurnoverPercent)} %`
                          : 'Saknas'}
                      </td>
                      <td>{u.businessReports.map((b) => `${b.year} v${b.version}`).join(', ') || 'Saknas'}</td>
                      {writer && (
                        <td>
                          <button
                            type="button"
                            className="secondary"
                            aria-expanded={editingUnitId === u.id}
                            onClick={() => setEditingUnitId(editingUnitId === u.id ? null : u.id)}
                          >
                            Ändra enheten {u.name}
                          </button>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
          {writer && editingUnit && (
            <EditUnitForm key={editingUnit.id} unit={editingUnit} names={names} boards={data.boards} />
          )}
          {writer && <UnitForm providerId={p.id} boards={data.boards} />}
          {writer && (
            <>
              <h2>Kontaktpersoner</h2>
              <p>
                Kontaktpersonerna får påminnelser per e-post om rapporter och åtgärder som ska lämnas eller är
                försenade.
              </p>
              <ProviderContacts providerId={p.id} canEdit={writer} />
              <h2>Bemanning</h2>
              <p>
                Utförarens bemanningsuppföljning per enhet och halvår. Mallen har en rad per enhet med enhetens id
                ifyllt; en ny rapport för ett halvår blir en ny version, och de tidigare finns kvar.
              </p>
              <SpreadsheetImport kind="STAFFING" templateUnitIds={p.units.map((u) => u.id)} />
            </>
          )}
          {admin && (
            <>
              <h2>API-nycklar</h2>
              <ApiKeys providerId={p.id} />
            </>
          )}
          <h2>Ärendeflöden</h2>
          {p.caseFlow.length ? (
            <ScrollBox label="Inkomna och avslutade ärenden per månad">
              <table>
                <caption>Inkomna och avslutade ärenden per månad</caption>
                <thead>
                  <tr>
                    <th scope="col">Månad</th>
                    <th scope="col" className="num">
                      Inkomna
                    </th>
                    <th scope="col" className="num">
                      Avslutade
                    </th>
                    <th scope="col" className="num">
                      Netto
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {p.caseFlow.map((c) => (
                    <tr key={c.month}>
                      <th scope="row">{c.month}</th>
                      <td className="num">{c.incoming}</td>
                      <td className="num">{c.outgoing}</td>
                      <td className="num">{c.balance}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          ) : (
            <p>Inga ärendeflöden rapporterade.</p>
          )}
        </>
      )}
    </Page>
  );
}
