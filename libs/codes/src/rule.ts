import { ErrorCode, RefusalCode } from './error-code';

/** What a rule's params may hold: they travel as JSON in `extensions.params`. */
export type ParamValue = string | number | boolean | null | readonly string[] | readonly number[];
export type RuleParams = { readonly [name: string]: ParamValue };
type NoParams = Record<string, never>;

/** One rule a request can break: the kind of refusal, and the English sentence API users read. */
export interface RuleSpec<P extends RuleParams = RuleParams> {
  readonly code: RefusalCode;
  /** `field` is the input path without list indices (`units.offered`), as API users wrote it. */
  readonly message: (params: P, field: string) => string;
}

export type RuleSet = { readonly [rule: string]: RuleSpec<never> };
export type ParamsOf<S extends RuleSet, K extends keyof S> = S[K] extends RuleSpec<infer P> ? P : never;

/**
 * One rule: `rule<{ min: number }>(ErrorCode.VALIDATION_FAILED, (p, f) => …)`, or without a type
 * argument for a rule without params. (NoInfer: under `satisfies RuleSet` the params would
 * otherwise be inferred from the set's `never`.)
 */
export function rule<P extends RuleParams = NoParams>(
  code: RefusalCode,
  message: (params: NoInfer<P>, field: string) => string,
): RuleSpec<NoInfer<P>> {
  return { code, message };
}

/**
 * A broken rule: thrown by services (the GraphQL layer turns it into `extensions.code`, `rule`,
 * `field` and `params`), and returned by pure rule functions that report every problem at once.
 */
export class RuleViolation<Rule extends string = string> extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly rule: Rule,
    /** The input path the rule is about, with list indices (`actions.0.deadline`). */
    readonly field: string | undefined,
    readonly params: RuleParams,
    message: string,
  ) {
    super(message);
    this.name = 'RuleViolation';
  }
}

/** `units.0.offered` → `units.offered`: how the field reads in a sentence. */
export const fieldInSentence = (field: string | undefined): string => (field ?? '').replace(/\.\d+(?=\.|$)/g, '');

type ParamsArg<P> = NoParams extends P ? [params?: P] : [params: P];

/** Builds violations of one rule set, typed by rule: the params must be the rule's own. */
export function violationsOf<S extends RuleSet>(rules: S) {
  return <K extends keyof S & string>(rule: K, field: string | undefined, ...[params]: ParamsArg<ParamsOf<S, K>>) => {
    const spec = rules[rule] as unknown as RuleSpec<RuleParams>;
    const given = (params ?? {}) as RuleParams;
    return new RuleViolation<K>(spec.code, rule, field, given, spec.message(given, fieldInSentence(field)));
  };
}
