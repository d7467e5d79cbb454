import { enumLabel, swedishNumber } from '@kvalitetsnav/swedish';
import type { RequirementComparison } from '../__generated__/graphql';

/** A requirement's target in words: "minst 80 %", "högst 2 timmar". */
export function targetText(r: { comparison: RequirementComparison; target: number; measureUnit?: string | null }) {
  const value = swedishNumber(r.target, Number.isInteger(r.target) ? 0 : 1);
  return `${enumLabel('RequirementComparison', r.comparison).toLowerCase()} ${value}${r.measureUnit ? `\u00a0${r.measureUnit}` : ''}`;
}
