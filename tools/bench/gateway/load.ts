import autocannon from 'autocannon';
import { build } from 'hdr-histogram-js';
import { IDENTITY_HEADER } from '@kvalitetsnav/auth';

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

export interface GraphQLTarget {
  url: string;
  query: string;
  headers: Record<string, string>;
  /** For a subgraph reached directly: the gateway's hand-off token to send, read per request. */
  handoff?: () => string;
}

export interface LoadFigures {
  p50Ms: number;
  p95Ms: number;
  rps: number;
  requests: number;
  /** Connection errors, timeouts, non-2xx answers and 200s carrying GraphQL errors. */
  failures: number;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Posts one GraphQL operation with a fixed number of connections for a fixed time, after a
 * warm-up whose figures are dropped. autocannon reports p90 and p97.5 but not p95, so each
 * response time also goes into an HDR histogram (the one autocannon itself uses) in microseconds.
 */
export async function measure(target: GraphQLTarget, options: LoadOptions): Promise<LoadFigures> {
  const handoff = target.handoff;
  const histogram = build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000_000,
    numberOfSignificantValueDigits: 3,
  });
  const run = autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: JSON.stringify({ query: target.query }),
    connections: options.connections,
    duration: options.durationSeconds,
    // Hand-off tokens live 60 s; a long run must keep sending a fresh one.
    requests: handoff
      ? [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, [IDENTITY_HEADER]: handoff() } }) }]
      : undefined,
    // A 200 with an errors array is a failed request too, not a fast one.
    verifyBody: (body) => typeof body === 'string' && body.startsWith('{"data"') && !body.includes('"errors"'),
    ...({ warmup: { connections: options.connections, duration: options.warmupSeconds } } as object),
    // Without a callback autocannon returns its emitter made thenable (the types know only the promise).
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  run.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode < 300) histogram.recordValue(Math.max(1, Math.round(responseTime * 1000)));
  });
  const result = await run;
  const figures = {
    p50Ms: round(histogram.getValueAtPercentile(50) / 1000),
    p95Ms: round(histogram.getValueAtPercentile(95) / 1000),
    rps: round(result.requests.total / result.duration, 1),
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx + result.mismatches,
  };
  histogram.destroy();
  return figures;
}
