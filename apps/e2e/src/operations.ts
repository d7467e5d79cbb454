import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { SCHEMA_FILE } from './supergraph';

/** The public schema clients see: the committed one, written from the supergraph and checked against it. */
export function publicSchema(): GraphQLSchema {
  return buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
}

export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  document: string;
  variables: Record<string, unknown>;
  args: string[];
}

/** A value of the right GraphQL type, so a request passes validation and reaches the resolver's guard. */
export function sampleValue(type: GraphQLInputType, name: string, overrides: Record<string, unknown> = {}): unknown {
  if (name in overrides) return overrides[name];
  if (isNonNullType(type)) return sampleValue(type.ofType, name, overrides);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sampleValue(f.type, f.name, overrides)]),
    );
  }
  if (isScalarType(type)) {
    if (type.name === 'ID') return randomUUID();
    if (type.name === 'Int') return 1;
    if (type.name === 'Float') return 1;
    if (type.name === 'Boolean') return true;
    return 'x';
  }
  return null;
}

function typeString(type: GraphQLInputType): string {
  return type.toString();
}

/** Every root field as an operation with sample arguments, selecting only what it must. */
export function operations(schema = publicSchema(), overrides: Record<string, unknown> = {}): Operation[] {
  const build = (kind: 'query' | 'mutation', fields: Record<string, GraphQLField<unknown, unknown>>) =>
    Object.values(fields)
      .filter((f) => !f.name.startsWith('_'))
      .map((field) => {
        const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) || a.name in overrides);
        const params = required.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
        const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
        const returns = getNamedType(getNullableType(field.type));
        // Ids and owner ids are selected too, so a test can see whose data came back.
        const owned = isObjectType(returns)
          ? ['id', 'providerId', 'unitId'].filter(
              (f) => f in returns.getFields() && isScalarType(getNamedType(returns.getFields()[f].type)),
            )
          : [];
        const selection = isObjectType(returns) ? ` { __typename ${owned.join(' ')} }` : '';
        return {
          kind,
          name: field.name,
          document: `${kind} ${field.name}Op${params ? `(${params})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
          variables: Object.fromEntries(required.map((a) => [a.name, sampleValue(a.type, a.name, overrides)])),
          args: field.args.map((a) => a.name),
        };
      });
  return [
    ...build('query', schema.getQueryType()!.getFields()),
    ...build('mutation', schema.getMutationType()?.getFields() ?? {}),
  ];
}
