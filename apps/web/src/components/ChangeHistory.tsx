import { changeAction, changedByLabel, enumLabel, fieldName } from '@kvalitetsnav/swedish';
import { CHANGE_HISTORY } from '../pages/ProviderPage.operations';
import { useGatewayQuery } from '../queries';
import { formatDate, formatNumber } from './form';
import { ErrorMessage, Loading } from './ui';
import { ScrollBox } from './ScrollBox';
import { useServiceAreas } from './ServiceAreas';

/** Values whose codes are enum values, by the field that holds them. */
const ENUM_FIELDS = {
  ownership: 'ProviderOwnership',
  form: 'ContractForm',
  kind: 'RequirementKind',
  comparison: 'RequirementComparison',
} as const;

/** The order fields are listed in, as the forms ask for them (the store keeps no order). */
const FIELD_ORDER = [
  'name',
  'organisationNumber',
  'ownership',
  'reference',
  'title',
  'form',
  'serviceArea',
  'places',
  'boardId',
  'departmentId',
  'startDate',
  'endDate',
  'unitIds',
  'terminatedOn',
  'reason',
  'key',
  'label',
  'kind',
  'comparison',
  'target',
  'measureUnit',
];
const rank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);

/** One changed value in Swedish: enum values by their label, list codes and ids by their names. */
function valueOf(
  field: string,
  value: unknown,
  names: ReadonlyMap<string, string>,
  areaName: (code: string) => string,
): string {
  if (value === null || value === undefined || value === '') return '–';
  if (field === 'serviceArea') return areaName(String(value));
  if (field in ENUM_FIELDS) return enumLabel(ENUM_FIELDS[field as keyof typeof ENUM_FIELDS], String(value));
  if (Array.isArray(value)) return value.map((v) => names.get(String(v)) ?? String(v)).join(', ') || '–';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return names.get(value) ?? value;
  return JSON.stringify(value);
}

/** A provider's, unit's or contract's history, oldest first, in Swedish. */
export function ChangeHistory({
  entityId,
  caption,
  names,
}: {
  entityId: string;
  caption: string;
  /** Names for the ids a change may mention (the provider, its units, the boards and departments). */
  names: ReadonlyMap<string, string>;
}) {
  const { data, error, isLoading } = useGatewayQuery(CHANGE_HISTORY, { entityId });
  const { areaName } = useServiceAreas();
  return (
    <>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="ändringshistoriken" />}
      {data && (
        <ScrollBox label={caption}>
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">När</th>
                <th scope="col">Vad</th>
                <th scope="col">Av vem</th>
                <th scope="col">Uppgifter</th>
              </tr>
            </thead>
            <tbody>
              {data.changeHistory.map((entry) => {
                const changes = JSON.parse(entry.changes) as Record<string, unknown>;
                return (
                  <tr key={entry.id}>
                    <td>{formatDate(String(entry.changedAt))}</td>
                    <th scope="row">{changeAction(entry.action)}</th>
                    <td>{changedByLabel(entry.changedBy)}</td>
                    <td>
                      <ul className="plain">
                        {Object.entries(changes)
                          .filter(([field]) => field !== 'providerId' || entry.action !== 'CREATED')
                          .sort(([a], [b]) => rank(a) - rank(b))
                          .map(([field, value]) => (
                            <li key={field}>
                              {fieldName(field)}: {valueOf(field, value, names, areaName)}
                            </li>
                          ))}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </>
  );
}
