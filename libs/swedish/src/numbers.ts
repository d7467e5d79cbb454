/**
 * A number the Swedish way: comma before decimals, a space between thousands from five digits on
 * (Språkrådet: "2000" but "12 000"), so a year or a four-digit count is not split.
 */
export function swedishNumber(value: number, decimals?: number): string {
  return value.toLocaleString('sv-SE', {
    useGrouping: 'min2',
    ...(decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
  } as Intl.NumberFormatOptions);
}
