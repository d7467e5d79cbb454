import { RatioExclusion } from '@kvalitetsnav/codes';
import { swedishNumber } from './numbers';

const deviations = (n: number) => (n === 1 ? '1 avvikelse' : `${swedishNumber(n)} avvikelser`);

/**
 * What a ratio of the deviation statistics leaves out of its denominator, and why, e.g. under
 * "andel slutbedömda inom två månader"; none when nothing was left out.
 */
export function ratioExclusion(ratio: { excluded: number; excludedCode: RatioExclusion | null }): string | null {
  if (!ratio.excluded || !ratio.excludedCode) return null;
  switch (ratio.excludedCode) {
    case 'STILL_WITHIN_TWO_MONTHS':
      return `${deviations(ratio.excluded)} räknas inte med eftersom ${ratio.excluded === 1 ? 'den' : 'de'} ännu är inom sina två månader.`;
  }
}
