import { randomBytes } from 'node:crypto';
import { RuleViolation, surveysViolation } from '@kvalitetsnav/codes';

/** 18 random bytes: 144 bits, far beyond guessing within the gateway's rate limit. */
const CODE_BYTES = 18;
const CODE_SHAPE = /^[A-Za-z0-9_-]{24}$/;

export const newAnswerCode = (): string => randomBytes(CODE_BYTES).toString('base64url');

/**
 * A code opens a link only when it is one this service handed out: anything else, whatever its
 * shape, is the same unknown code, so a caller learns nothing from trying.
 */
export function answerCodeRefusal(
  code: string,
  link: { roundId: string; unitId: string } | null,
): RuleViolation | null {
  return CODE_SHAPE.test(code) && link ? null : surveysViolation('UNKNOWN_ANSWER_CODE', 'code');
}

/** Only taking units get a link: a unit that opted out takes no answers. */
export const linkedUnits = <U extends { optedOut: boolean }>(units: readonly U[]): U[] =>
  units.filter((u) => !u.optedOut);
