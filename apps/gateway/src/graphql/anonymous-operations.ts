import { DocumentNode, FragmentDefinitionNode, Kind, parse, SelectionSetNode } from 'graphql';

/**
 * The only root fields a caller without credentials may ask for: a respondent opening a survey's
 * answer link (e.g. on a tablet at a group home) and sending one anonymous answer sheet. The
 * surveys subgraph also accepts only the ANONYMOUS role on exactly these two.
 */
export const ANONYMOUS_FIELDS: ReadonlySet<string> = new Set(['surveyByAnswerCode', 'submitSurveyAnswerByCode']);

/** An answer link's operations are small; a bigger document without credentials is not one of them. */
const MAX_TOKENS = 400;

/** The root field names the request's operation selects, through fragments too; null when it cannot be told. */
export function rootFieldsOf(query: unknown, operationName: unknown): string[] | null {
  if (typeof query !== 'string') return null;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: MAX_TOKENS, noLocation: true });
  } catch {
    return null;
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    typeof operationName === 'string' && operationName
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  if (!operation || operation.operation === 'subscription') return null;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const names: string[] = [];
  const seen = new Set<string>();
  const collect = (set: SelectionSetNode): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD) return names.push(s.name.value) > 0;
      if (s.kind === Kind.INLINE_FRAGMENT) return collect(s.selectionSet);
      const fragment = fragments.get(s.name.value);
      if (!fragment || seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return collect(fragment.selectionSet);
    });
  return collect(operation.selectionSet) ? names : null;
}

/**
 * Whether a request without credentials asks only for the anonymous fields (and `__typename`).
 * Checked on the request's own text before the gateway validates or plans anything, so every
 * other field, introspection included, stays refused as UNAUTHENTICATED.
 */
export function isAnonymousOperation(body: { query?: unknown; operationName?: unknown } | undefined): boolean {
  const fields = rootFieldsOf(body?.query, body?.operationName);
  return (
    !!fields &&
    fields.some((f) => ANONYMOUS_FIELDS.has(f)) &&
    fields.every((f) => ANONYMOUS_FIELDS.has(f) || f === '__typename')
  );
}
