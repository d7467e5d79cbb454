import { ERROR_CODE_MESSAGES, swedishRefusals } from '@kvalitetsnav/swedish';
import { GatewayError } from './gateway';

/** What went wrong, in Swedish: sentences for the top of the form, and one per field the form has. */
export interface Problems {
  summary: string[];
  byField: Readonly<Record<string, string>>;
}

const INVALID = ERROR_CODE_MESSAGES.VALIDATION_FAILED;

/**
 * Splits a refusal for a form: a broken rule about one of the form's `fields` (the API's input
 * path, e.g. `responsible` or `actions.0.deadline`) goes next to that field, the rest on top.
 * Invalid input always leads with what the refusal means, so nobody misses it.
 */
export function problemsOf(error: unknown, fields: readonly string[] = []): Problems {
  if (!error) return { summary: [], byField: {} };
  if (!(error instanceof GatewayError)) return { summary: [ERROR_CODE_MESSAGES.INTERNAL_SERVER_ERROR], byField: {} };
  const byField: Record<string, string> = {};
  const rest: string[] = [];
  // One refusal speaks through the error's message (it may be a client's own, e.g. no network).
  const all = error.refusal.violations?.length
    ? swedishRefusals(error.refusal)
    : [{ field: error.refusal.field, message: error.message }];
  for (const { field, message } of all) {
    if (field && fields.includes(field)) byField[field] ??= message;
    else if (!rest.includes(message)) rest.push(message);
  }
  if (error.code !== 'VALIDATION_FAILED') return { summary: rest.length ? rest : [error.message], byField };
  const marked = Object.keys(byField).length ? ['Rätta de markerade fälten.'] : [];
  return { summary: [INVALID, ...rest.filter((m) => m !== INVALID), ...marked], byField };
}
