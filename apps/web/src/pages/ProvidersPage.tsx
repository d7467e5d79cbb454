import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { enumLabel } from '@kvalitetsnav/swedish';
import type { ProviderOwnership } from '../__generated__/graphql';
import { Saved, useFocusOnError, useSaved } from '../components/form';
import { ProviderFields, textOf } from '../components/RegisterFields';
import { ErrorMessage, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { canWrite, useSession } from '../session';
import { CREATE_PROVIDER, PROVIDERS } from './ProvidersPage.operations';

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

export function ProvidersPage() {
  const session = useSession();
  const { data, error, isLoading } = useGatewayQuery(PROVIDERS, {});
  return (
    <Page title="Utförare och enheter">
      {canWrite(session) && <ProviderForm />}
      <ErrorMessage error={error} />
      {isLoading && <Loading what="utförare" />}
      {data && (
        <div className="scroll">
          <table>
            <caption>Utförare, deras enheter och avvikelser</caption>
            <thead>
              <tr>
                <th scope="col">Utförare</th>
                <th scope="col">Regi</th>
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
              {data.providers.flatMap((p) =>
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
                    <td>{u ? enumLabel('ServiceArea', u.serviceArea) : ''}</td>
                    <td className="num">{u?.places ?? ''}</td>
                    <td className="num">{u?.deviationStatistics.total ?? ''}</td>
                    <td className="num">{u?.deviationStatistics.open ?? ''}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
