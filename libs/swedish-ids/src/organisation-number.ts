/**
 * A Swedish organisation number: ten digits (NNNNNN-NNNN), the last a Luhn check digit over
 * the first nine. Sole traders use their personal identity number, sometimes written with
 * the century (twelve digits); the check digit works the same. Returns the canonical form.
 */
export function parseOrganisationNumber(input: string): { ok: true; value: string } | { ok: false; reason: string } {
  const compact = input.trim().replace(/[\s-]/g, '');
  if (!/^\d+$/.test(compact)) return { ok: false, reason: 'must contain only digits and an optional hyphen' };
  const ten = compact.length === 12 ? compact.slice(2) : compact;
  if (ten.length !== 10) return { ok: false, reason: 'must have 10 digits (NNNNNN-NNNN)' };
  if (luhnCheckDigit(ten.slice(0, 9)) !== Number(ten[9])) return { ok: false, reason: 'has a wrong check digit' };
  return { ok: true, value: `${ten.slice(0, 6)}-${ten.slice(6)}` };
}

export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
