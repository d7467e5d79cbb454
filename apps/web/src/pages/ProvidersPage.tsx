import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { ENUM_LABELS, enumLabel } from '@kvalitetsnav/swedish';
import type { ProviderOwnership, ProviderSortField } from '../__generated__/graphql';
import { formatNumber, Saved, useFocusOnError, useSaved } from '../components/form';
import { ProviderFields, textOf } from '../components/RegisterFields';
import { ErrorMessage, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { canWrite, useSession } from '../session';
import { CREATE_PROVIDER, PROVIDERS } from './ProvidersPage.operations';
import { ScrollBox } from '../components/ScrollBox';
import { useServiceAreas } from '../components/ServiceAreas';

/** Registers a provider; the form starts again empty after a save, the new provider a link in the confirmation. */
function ProviderForm() {
  const create = useGatewayMutation(CREATE_PROVIDER);
  const problems = useFormProblems(create.error, ['name', 'organisationNumber', 'ownership']);
  const errorRef = useFocusOnError(create.error);
  const saved = useSaved();
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    saved.clear();
    create.mutate(
      {
        input: {
          name: textOf(form, 'name') ?? '',
          organisationNumber: textOf(form, 'organisationNumber') ?? '',
          ownership: String(form.get('ownership')) as ProviderOwnership,
        },
      },
      {
        onSuccess: ({ createProvider }) => {
          setCreated(createProvider);
          setFormKey((k) => k + 1);
          saved.show(`Utföraren ${createProvider.name} är registrerad.`);
        },
      },
    );
  }

  return (
    <div ref={errorRef}>
      <form key={formKey} className="card form" onSubmit={onSubmit} aria-labelledby="register-provider">
        <h2 id="register-provider">Registrera utförare</h2>
        <ProviderFields problems={problems} />
        <ErrorMessage problems={problems} />
        <div className="buttons">
          <button type="submit" disabled={create.isPending}>
            Registrera utförare
          </button>
        </div>
      </form>
      <Saved message={saved.message} />
      {saved.message && created && (
        <p>
          <Link to={`/utforare/${created.id}`}>Gå till {created.name}</Link>
        </p>
      )}
    </div>
  );
}

const PAGE_SIZES = [10, 25, 50, 100];

/** A column header that sorts the list on the server; a second press turns the order. */
function SortHeader({
  label,
  field,
  sort,
  onSort,
}: {
  label: string;
  field: ProviderSortField;
  sort: { by: ProviderSortField; descending: boolean };
  onSort: (field: ProviderSortField) => void;
}) {
  const active = sort.by === field;
  return (
    <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="sort" onClick={() => onSort(field)}>
        {label}
        {active && <span aria-hidden="true">{sort.descending ? ' ▼' : ' ▲'}</span>}
      </button>
    </th>
  );
}

export function ProvidersPage() {
  const { areaName } = useServiceAreas();
  const session = useSession();
  const [filter, setFilter] = useState<{ nameContains?: string; ownership?: ProviderOwnership }>({});
  const [sort, setSort] = useState<{ by: ProviderSortField; descending: boolean }>({ by: 'NAME', descending: false });
  const [limit, setLimit] = useState(25);
  const [offset, setOffset] = useState(0);
  const { data, error, isLoading } = useGatewayQuery(PROVIDERS, {
    page: { ...filter, sortBy: sort.by, descending: sort.descending, limit, offset },
  });
  const total = data?.providersPage.total ?? 0;
  const providers = data?.providersPage.items ?? [];

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setFilter({
      nameContains: textOf(form, 'nameContains') ?? undefined,
      ownership: (textOf(form, 'ownership') ?? undefined) as ProviderOwnership | undefined,
    });
    setOffset(0);
  }

  function onSort(by: ProviderSortField) {
    setSort((current) => ({ by, descending: current.by === by ? !current.descending : false }));
    setOffset(0);
  }

  return (
    <Page title="Utförare och enheter">
      {canWrite(session) && <ProviderForm />}
      <form className="filters" onSubmit={onFilter} aria-label="Filtrera utförare">
        <div>
          <label htmlFor="provider-name-filter">Namnet innehåller</label>
          <input id="provider-name-filter" name="nameContains" type="search" />
        </div>
        <div>
          <label htmlFor="provider-ownership-filter">Regi</label>
          <select id="provider-ownership-filter" name="ownership" defaultValue="">
            <option value="">Alla</option>
            {Object.entries(ENUM_LABELS.ProviderOwnership).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="provider-page-size">Per sida</label>
          <select
            id="provider-page-size"
            value={limit}
            onChange={(e) => {
              setLimit(Number(e.target.value));
              setOffset(0);
            }}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Visa</button>
      </form>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="utförare" />}
      {data && (
        <p role="status">
          {total
            ? `Utförare ${formatNumber(offset + 1)}–${formatNumber(offset + providers.length)} av ${formatNumber(total)}, sorterade efter ${enumLabel('ProviderSortField', sort.by).toLowerCase()}${sort.descending ? ' i omvänd ordning' : ''}.`
            : 'Inga utförare matchar filtret.'}
        </p>
      )}
      {data && (
        <ScrollBox label="Utförare, deras enheter och avvikelser">
          <table>
            <caption>Utförare, deras enheter och avvikelser</caption>
            <thead>
              <tr>
                <SortHeader label="Utförare" field="NAME" sort={sort} onSort={onSort} />
                <SortHeader label="Regi" field="OWNERSHIP" sort={sort} onSort={onSort} />
                <th scope="col">Enhet</th>
                <th scope="col">Verksamhetsområde</th>
                <th scope="col" className="num">
                  Platser
                </th>
                <th scope="col" className="num">
                  Avvikelser
                </th>
                <th scope="col" className="num">
                  Varav öppna
                </th>
              </tr>
            </thead>
            <tbody>
              {providers.flatMap((p) =>
                (p.units.length ? p.units : [null]).map((u, i) => (
                  <tr key={`${p.id}-${u?.id ?? 'none'}`}>
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={Math.max(1, p.units.length)}>
                        <Link to={`/utforare/${p.id}`}>{p.name}</Link>
                        <div className="muted">{p.organisationNumber}</div>
                      </th>
                    )}
                    {i === 0 && (
                      <td rowSpan={Math.max(1, p.units.length)}>{enumLabel('ProviderOwnership', p.ownership)}</td>
                    )}
                    <td>{u?.name ?? 'Inga enheter'}</td>
                    <td>{u ? areaName(u.serviceArea) : ''}</td>
                    <td className="num">{u?.places ?? ''}</td>
                    <td className="num">{u?.deviationStatistics.total ?? ''}</td>
                    <td className="num">{u?.deviationStatistics.open ?? ''}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {data && total > limit && (
        <nav aria-label="Sidor" className="buttons">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - limit))}>
            Föregående
          </button>
          <button type="button" disabled={offset + limit >= total} onClick={() => setOffset(offset + limit)}>
            Nästa
          </button>
        </nav>
      )}
    </Page>
  );
}
