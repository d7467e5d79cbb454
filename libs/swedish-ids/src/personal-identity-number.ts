import { luhnCheckDigit } from './organisation-number';

/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer,
 * day + 60) in free text: YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYMMDDNNNN,
 * YYYYMMDD-NNNN and YYYYMMDDNNNN, a space allowed around the separator. A candidate counts only
 * when its date exists and its Luhn check digit is right, so ordinary figures survive.
 */

export interface FoundIdentityNumber {
  index: number;
  text: string;
}

const CANDIDATE = /(?<![\d])(\d{2})?(\d{2})(\d{2})(\d{2}) ?([-+]?) ?(\d{4})(?![\d])/g;

export const REDACTED_IDENTITY_NUMBER = '[personnummer]';

export function findPersonalIdentityNumbers(text: string): FoundIdentityNumber[] {
  const found: FoundIdentityNumber[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, century, yy, mm, dd, separator, last4] = match;
    if (isIdentityNumber(century, yy, mm, dd, separator, last4)) found.push({ index: match.index, text: whole });
  }
  return found;
}

/** The text with every identity number replaced; `found` says how many were. */
export function redactPersonalIdentityNumbers(text: string): { text: string; found: number } {
  let found = 0;
  const redacted = text.replace(CANDIDATE, (whole, century, yy, mm, dd, separator, last4) => {
    if (!isIdentityNumber(century, yy, mm, dd, separator, last4)) return whole;
    found += 1;
    return REDACTED_IDENTITY_NUMBER;
  });
  return { text: redacted, found };
}

export function isValidPersonalIdentityNumber(input: string): boolean {
  const match = new RegExp(`^${CANDIDATE.source}$`).exec(input.trim());
  return match !== null && isIdentityNumber(match[1], match[2], match[3], match[4], match[5], match[6]);
}

function isIdentityNumber(
  century: string | undefined,
  yy: string,
  mm: string,
  dd: string,
  separator: string,
  last4: string,
): boolean {
  if (century && separator === '+') return false; // '+' replaces the century; both cannot be given
  if (century && century !== '18' && century !== '19' && century !== '20') return false;
  const day = Number(dd) > 60 ? Number(dd) - 60 : Number(dd);
  const centuries = century ? [Number(century)] : separator === '+' ? [18, 19] : [19, 20];
  if (!centuries.some((c) => dateExists(c * 100 + Number(yy), Number(mm), day))) return false;
  const ten = `${yy}${mm}${dd}${last4}`;
  return luhnCheckDigit(ten.slice(0, 9)) === Number(ten[9]);
}

function dateExists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
