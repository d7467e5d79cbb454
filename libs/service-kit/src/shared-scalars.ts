import { GraphQLError, GraphQLScalarType } from 'graphql';
import { RuleParams } from '@kvalitetsnav/codes';

/**
 * A rule's params as a JSON object, as in `extensions.params` of an error: returned beside a
 * `rule` where a result explains itself with one (an import's refused rows). Output only.
 */
export const RuleParamsScalar = new GraphQLScalarType<RuleParams, RuleParams>({
  name: 'RuleParams',
  description: "A rule's params as a JSON object, as in extensions.params of an error (output only).",
  serialize: (value) => value as RuleParams,
  parseValue: () => {
    throw new GraphQLError('RuleParams is an output type');
  },
  parseLiteral: () => {
    throw new GraphQLError('RuleParams is an output type');
  },
});
