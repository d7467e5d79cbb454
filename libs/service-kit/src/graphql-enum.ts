import { registerEnumType } from '@nestjs/graphql';

/** A GraphQL enum from a list of UPPER_SNAKE values (the same list the zod schemas use). */
export function registerStringEnum<T extends string>(
  values: readonly T[],
  name: string,
  description?: string,
): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
