import { exclusion, ratio, Ratio } from './ratio';

export interface UnitParticipation {
  unitId: string;
  offered: number;
  answered: number;
  optedOut: boolean;
}

/**
 * Answers over people offered, counting only units that took part: a unit that opted out
 * leaves both its offered and any answers out, and is reported as excluded. (Seed 001's
 * LSS survey: 147 answers of 297 offered, of whom 38 lived at units that opted out, is
 * 147 / 259 = 56.8 %.)
 */
export function responseRate(units: UnitParticipation[]): Ratio {
  const taking = units.filter((u) => !u.optedOut);
  const out = units.filter((u) => u.optedOut);
  for (const u of taking) {
    if (u.answered > u.offered)
      throw new RangeError(`unit ${u.unitId} has ${u.answered} answers but only ${u.offered} offered`);
  }
  const sum = (list: UnitParticipation[], key: 'offered' | 'answered') => list.reduce((s, u) => s + u[key], 0);
  return ratio(sum(taking, 'answered'), sum(taking, 'offered'), [
    exclusion('OPTED_OUT_UNITS', sum(out, 'offered'), { units: out.length }),
  ]);
}
