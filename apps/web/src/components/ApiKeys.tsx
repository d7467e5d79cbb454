import { FormEvent, ReactNode, useState } from 'react';
import type { ProviderApiKeysQuery } from '../__generated__/graphql';
import { ISSUE_API_KEY, PROVIDER_API_KEYS, REVOKE_API_KEY } from '../pages/ProviderPage.operations';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { Field, formatDate, Saved, useFocusOnError, useSaved } from './form';
import { ErrorMessage, Loading, useFormProblems } from './ui';
import { ScrollBox } from './ScrollBox';

type ApiKeyRow = ProviderApiKeysQuery['providerApiKeys'][number];

/**
 * A provider's keys as a table: name, prefix, issued, last used and revoked, never the key itself.
 * Admins get a column to revoke with; the provider portal shows the same list without it.
 */
export function ApiKeyList({
  keys,
  action,
}: {
  keys: readonly ApiKeyRow[];
  action?: { header: string; cell: (key: ApiKeyRow) => ReactNode };
}) {
  return (
    <ScrollBox label="Utförarens API-nycklar">
      <table>
        <caption>Utförarens API-nycklar</caption>
        <thead>
          <tr>
            <th scope="col">Namn</th>
            <th scope="col">Början av nyckeln</th>
            <th scope="col">Utfärdad</th>
            <th scope="col">Senast använd</th>
            <th scope="col">Återkallad</th>
            {action && <th scope="col">{action.header}</th>}
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id}>
              <th scope="row">{k.name}</th>
              <td>
                <code>{k.prefix}</code>
              </td>
              <td>{formatDate(String(k.createdAt))}</td>
              <td>{k.lastUsedAt ? formatDate(String(k.lastUsedAt)) : 'Aldrig'}</td>
              <td>{k.revokedAt ? formatDate(String(k.revokedAt)) : 'Nej'}</td>
              {action && <td>{action.cell(k)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {!keys.length && <p>Utföraren har inga API-nycklar.</p>}
    </ScrollBox>
  );
}

/** The new key, shown this once: the API keeps only its hash. */
function IssuedKey({ name, apiKey }: { name: string; apiKey: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopied('Nyckeln är kopierad.');
    } catch {
      setCopied('Det gick inte att kopiera. Markera nyckeln och kopiera den själv.');
    }
  }
  return (
    <div className="notice">
      <p>Nyckeln för {name} visas bara nu. Kopiera den och lämna den säkert till utföraren; den kan inte visas igen.</p>
      <p>
        Nyckel: <code>{apiKey}</code>
      </p>
      <div className="buttons">
        <button type="button" onClick={copy}>
          Kopiera
        </button>
      </div>
      {copied && <p role="status">{copied}</p>}
    </div>
  );
}

/** A provider's API keys, for admins: issue one (shown once), the list, and revoking with a confirmation. */
export function ApiKeys({ providerId }: { providerId: string }) {
  const { data, error, isLoading } = useGatewayQuery(PROVIDER_API_KEYS, { providerId });
  const issue = useGatewayMutation(ISSUE_API_KEY);
  const revoke = useGatewayMutation(REVOKE_API_KEY);
  const problems = useFormProblems(issue.error, ['name']);
  const errorRef = useFocusOnError(issue.error ?? revoke.error);
  const saved = useSaved();
  const [issued, setIssued] = useState<{ name: string; key: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  function onIssue(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    saved.clear();
    setIssued(null);
    issue.mutate(
      { input: { providerId, name } },
      {
        onSuccess: ({ createProviderApiKey }) => {
          setIssued({ name: createProviderApiKey.apiKey.name, key: createProviderApiKey.key });
          setFormKey((k) => k + 1);
          saved.show(`API-nyckeln ${createProviderApiKey.apiKey.name} är utfärdad.`);
        },
      },
    );
  }

  function onRevoke(id: string, name: string) {
    saved.clear();
    revoke.mutate(
      { id },
      {
        onSuccess: () => {
          setConfirming(null);
          saved.show(`API-nyckeln ${name} är återkallad.`);
        },
      },
    );
  }

  return (
    <div ref={errorRef}>
      <form key={formKey} className="card form" onSubmit={onIssue} aria-labelledby="issue-key">
        <h3 id="issue-key">Utfärda API-nyckel</h3>
        <Field
          label="Vad nyckeln är till"
          field="name"
          problems={problems}
          hint="Till exempel utförarens verksamhetssystem"
        >
          {(props) => <input {...props} name="name" required />}
        </Field>
        <ErrorMessage problems={problems} />
        <div className="buttons">
          <button type="submit" disabled={issue.isPending}>
            Utfärda API-nyckel
          </button>
        </div>
      </form>
      <Saved message={saved.message} />
      {issued && <IssuedKey name={issued.name} apiKey={issued.key} />}
      <ErrorMessage error={error ?? revoke.error} />
      {isLoading && <Loading what="API-nycklarna" />}
      {data && (
        <ApiKeyList
          keys={data.providerApiKeys}
          action={{
            header: 'Återkalla',
            cell: (k) => (
              <>
                {!k.revokedAt && confirming !== k.id && (
                  <button type="button" className="secondary" onClick={() => setConfirming(k.id)}>
                    Återkalla {k.name}
                  </button>
                )}
                {!k.revokedAt && confirming === k.id && (
                  <div role="group" aria-label={`Bekräfta att ${k.name} återkallas`}>
                    <p>Utförarens system kan inte längre använda nyckeln (inom en halv minut). Återkalla?</p>
                    <div className="buttons">
                      <button type="button" disabled={revoke.isPending} onClick={() => onRevoke(k.id, k.name)}>
                        Ja, återkalla {k.name}
                      </button>
                      <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                        Avbryt
                      </button>
                    </div>
                  </div>
                )}
              </>
            ),
          }}
        />
      )}
    </div>
  );
}
