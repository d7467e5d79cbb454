import { FieldNode, FragmentDefinitionNode, OperationDefinitionNode, parse } from 'graphql';
import { selectedFields } from './selected-fields';

const infoOf = (query: string) => {
  const doc = parse(query);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
};

describe('the fields a caller selected', () => {
  it('are the names on the field, through inline and named fragments, each once', () => {
    const info = infoOf(`{ deviation(id: "1") { id description ... on Deviation { actions id } ...More } }
      fragment More on Deviation { finalAssessment }`);
    expect(selectedFields(info)).toEqual(['id', 'description', 'actions', 'finalAssessment']);
  });

  it('are, with a path, those selected below it', () => {
    const info = infoOf(`{ report { count decisions { id gender } } }`);
    expect(selectedFields(info, ['decisions'])).toEqual(['id', 'gender']);
    expect(selectedFields(info, ['nothing'])).toEqual([]);
  });
});
