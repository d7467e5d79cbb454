import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type', '__typename']);

/**
 * A query that only reads the schema: every root field, through fragments too, is `__schema`,
 * `__type` or `__typename`. That is what GraphiQL, Apollo Sandbox and GraphQL Code Generator send
 * (graphql-js's getIntrospectionQuery()), and no subgraph is asked to answer it.
 */
export function isIntrospectionOnly(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const checked = new Set<string>();
  const readsOnlySchema = (set: SelectionSetNode): boolean =>
    set.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return INTROSPECTION_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return readsOnlySchema(selection.selectionSet);
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment) return false;
      // A fragment spread twice is judged once; a failing one has already made the answer false.
      if (checked.has(name)) return true;
      checked.add(name);
      return readsOnlySchema(fragment.selectionSet);
    });
  return readsOnlySchema(operation.selectionSet);
}
