import { ParamsOf, RuleSet } from '@kvalitetsnav/codes';

/**
 * Swedish for every rule of a rule set, typed by the rule's params: a rule without its Swedish
 * sentence fails typecheck. `field` is the field's Swedish name when the catalogue has one.
 */
export type SwedishRules<S extends RuleSet> = {
  readonly [K in keyof S]: (params: ParamsOf<S, K>, field: string) => string;
};

/** "a, b och c". */
export function list(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} och ${values[values.length - 1]}`;
}

/** "a, b eller c". */
export function either(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} eller ${values[values.length - 1]}`;
}
