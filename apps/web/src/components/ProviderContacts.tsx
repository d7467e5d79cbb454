import { FormEvent, useId, useState } from 'react';
import { enumLabel } from '@kvalitetsnav/swedish';
import type { ContactTopic, ProviderContactsQuery } from '../__generated__/graphql';
import {
  ADD_PROVIDER_CONTACT,
  PROVIDER_CONTACTS,
  REMOVE_PROVIDER_CONTACT,
  UPDATE_PROVIDER_CONTACT,
} from '../pages/ProviderContacts.operations';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { Field, formText, Saved, useFocusOnError, useSaved } from './form';
import { ErrorMessage, FieldError, FormProblems, Loading, useFormProblems } from './ui';
import { ScrollBox } from './ScrollBox';

type Contact = NonNullable<ProviderContactsQuery['provider']>['contacts'][number];

/** In the API's order; a topic the API adds later is shown by its label once the catalogue has it. */
const TOPICS: readonly ContactTopic[] = ['REPORTS', 'ACTIONS', 'PULSE'];
const FIELDS = ['name', 'email', 'topics'] as const;

const topicsOf = (form: FormData) => form.getAll('topics').map(String) as ContactTopic[];

/** Name, e-mail and topics, with each refusal right below its field. */
function ContactFields({ problems, contact }: { problems: FormProblems; contact?: Contact }) {
  return (
    <>
      <Field label="Namn" field="name" problems={problems}>
        {(props) => <input {...props} name="name" autoComplete="name" defaultValue={contact?.name} />}
      </Field>
      <Field label="E-post" field="email" problems={problems} hint="Påminnelser skickas hit">
        {(props) => <input {...props} name="email" type="email" autoComplete="email" defaultValue={contact?.email} />}
      </Field>
      <fieldset aria-describedby={problems.byField['topics'] ? problems.messageId('topics') : undefined}>
        <legend>Vill få besked om</legend>
        {TOPICS.map((topic) => (
          <label key={topic} className="check">
            <input
              type="checkbox"
              name="topics"
              value={topic}
              defaultChecked={contact ? contact.topics.includes(topic) : topic !== 'PULSE'}
            />{' '}
            {enumLabel('ContactTopic', topic)}
          </label>
        ))}
      </fieldset>
      <FieldError problems={problems} field="topics" />
    </>
  );
}

function AddContactForm({ providerId }: { providerId: string }) {
  const add = useGatewayMutation(ADD_PROVIDER_CONTACT);
  const problems = useFormProblems(add.error, FIELDS);
  const errorRef = useFocusOnError(add.error);
  const saved = useSaved();
  const headingId = useId();
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    saved.clear();
    add.mutate(
      { input: { providerId, name: formText(form, 'name'), email: formText(form, 'email'), topics: topicsOf(form) } },
      {
        onSuccess: ({ addProviderContact }) => {
          setFormKey((k) => k + 1);
          saved.show(`Kontaktpersonen ${addProviderContact.name} är tillagd.`);
        },
      },
    );
  }

  return (
    <div ref={errorRef}>
      {/* noValidate: the API's refusal, in Swedish beside the field, rather than the browser's own bubble. */}
      <form key={formKey} className="card form" onSubmit={onSubmit} aria-labelledby={headingId} noValidate>
        <h3 id={headingId}>Lägg till kontaktperson</h3>
        <ContactFields problems={problems} />
        <ErrorMessage problems={problems} />
        <div className="buttons">
          <button type="submit" disabled={add.isPending}>
            Lägg till kontaktperson
          </button>
        </div>
      </form>
      <Saved message={saved.message} />
    </div>
  );
}

function EditContactForm({ contact, onDone }: { contact: Contact; onDone: (message: string) => void }) {
  const update = useGatewayMutation(UPDATE_PROVIDER_CONTACT);
  const problems = useFormProblems(update.error, FIELDS);
  const errorRef = useFocusOnError(update.error);
  const headingId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    update.mutate(
      {
        input: { id: contact.id, name: formText(form, 'name'), email: formText(form, 'email'), topics: topicsOf(form) },
      },
      { onSuccess: ({ updateProviderContact }) => onDone(`Kontaktpersonen ${updateProviderContact.name} är ändrad.`) },
    );
  }

  return (
    <div ref={errorRef}>
      <form className="card form" onSubmit={onSubmit} aria-labelledby={headingId} noValidate>
        <h3 id={headingId}>Ändra kontaktpersonen {contact.name}</h3>
        <ContactFields problems={problems} contact={contact} />
        <ErrorMessage problems={problems} />
        <div className="buttons">
          <button type="submit" disabled={update.isPending}>
            Spara kontaktpersonen
          </button>
        </div>
      </form>
    </div>
  );
}

/**
 * Who at a provider gets reminders by e-mail, and about what. Self-contained (its own query and
 * mutations), so the officials' provider page and the provider portal both use it.
 */
export function ProviderContacts({ providerId, canEdit }: { providerId: string; canEdit: boolean }) {
  const { data, error, isLoading } = useGatewayQuery(PROVIDER_CONTACTS, { providerId });
  const remove = useGatewayMutation(REMOVE_PROVIDER_CONTACT);
  const saved = useSaved();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const contacts = data?.provider?.contacts ?? [];
  const editingContact = contacts.find((c) => c.id === editing);

  function onRemove(contact: Contact) {
    saved.clear();
    remove.mutate(
      { id: contact.id },
      {
        onSuccess: () => {
          setConfirming(null);
          saved.show(`Kontaktpersonen ${contact.name} är borttagen.`);
        },
      },
    );
  }

  return (
    <div>
      <ErrorMessage error={error ?? remove.error} />
      {isLoading && <Loading what="kontaktpersonerna" />}
      <Saved message={saved.message} />
      {data && (
        <ScrollBox label="Kontaktpersoner">
          <table>
            <caption>Kontaktpersoner som får påminnelser</caption>
            <thead>
              <tr>
                <th scope="col">Namn</th>
                <th scope="col">E-post</th>
                <th scope="col">Vill få besked om</th>
                {canEdit && <th scope="col">Ändra</th>}
              </tr>
            </thead>
            <tbody>
              {contacts.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>{c.email}</td>
                  <td>{c.topics.map((t) => enumLabel('ContactTopic', t)).join(', ')}</td>
                  {canEdit && (
                    <td>
                      {confirming === c.id ? (
                        <div role="group" aria-label={`Bekräfta att ${c.name} tas bort`}>
                          <p>{c.name} får inga fler påminnelser. Ta bort?</p>
                          <div className="buttons">
                            <button type="button" disabled={remove.isPending} onClick={() => onRemove(c)}>
                              Ja, ta bort {c.name}
                            </button>
                            <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                              Avbryt
                            </button>
                          </div>
                        </div>
                      ) : (
                        <div className="buttons">
                          <button
                            type="button"
                            className="secondary"
                            aria-expanded={editing === c.id}
                            onClick={() => {
                              saved.clear();
                              setEditing(editing === c.id ? null : c.id);
                            }}
                          >
                            Ändra {c.name}
                          </button>
                          <button type="button" className="secondary" onClick={() => setConfirming(c.id)}>
                            Ta bort {c.name}
                          </button>
                        </div>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {!contacts.length && <p>Inga kontaktpersoner: utföraren får inga påminnelser per e-post.</p>}
        </ScrollBox>
      )}
      {canEdit && editingContact && (
        <EditContactForm
          key={editingContact.id}
          contact={editingContact}
          onDone={(message) => {
            setEditing(null);
            saved.show(message);
          }}
        />
      )}
      {canEdit && data && <AddContactForm providerId={providerId} />}
    </div>
  );
}
