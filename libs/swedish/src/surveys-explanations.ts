import type { ExclusionReason } from '@kvalitetsnav/codes';
import { swedishNumber } from './numbers';

/** What a survey figure left out, as the API explains it: `excluded { reasonCode units count }`. */
export interface SurveyExclusion {
  reasonCode: ExclusionReason | string;
  units?: number | null;
}

/**
 * Why something was left out of a survey figure, in Swedish, to stand beside its count:
 * "erbjudna vid 5 enheter som avstod från att delta (38)".
 */
export function surveyExclusion(exclusion: SurveyExclusion): string {
  switch (exclusion.reasonCode) {
    case 'OPTED_OUT_UNITS': {
      const units = exclusion.units ?? 0;
      return `erbjudna vid ${swedishNumber(units)} ${units === 1 ? 'enhet' : 'enheter'} som avstod från att delta`;
    }
    case 'NON_SUBSTANTIVE':
      return 'svaren "vet inte", "vill inte svara" och "inte aktuellt"';
    case 'UNANSWERED':
      return 'obesvarade frågor';
    default:
      // A reason from a newer server: shown as it is rather than hidden.
      return exclusion.reasonCode;
  }
}
