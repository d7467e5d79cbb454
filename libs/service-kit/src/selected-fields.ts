import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields the caller selected on the resolved field, through fragments too;
 * with `path`, those selected below it (e.g. ['decisions'] for the decisions of a report).
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: string[] = []) {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path)
    sets = fieldsOf(sets, info.fragments)
      .filter((field) => field.name.value === name)
      .flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  return [...new Set(fieldsOf(sets, info.fragments).map((field) => field.name.value))];
}

function fieldsOf(sets: SelectionSetNode[], fragments: GraphQLResolveInfo['fragments']): FieldNode[] {
  return sets.flatMap((set) =>
    set.selections.flatMap((selection): FieldNode[] => {
      if (selection.kind === 'Field') return [selection];
      if (selection.kind === 'InlineFragment') return fieldsOf([selection.selectionSet], fragments);
      const fragment = fragments[selection.name.value];
      return fragment ? fieldsOf([fragment.selectionSet], fragments) : [];
    }),
  );
}
