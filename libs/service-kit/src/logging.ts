import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { REQUEST_ID_HEADER } from '@kvalitetsnav/auth';

/** JSON logs, one line per request with its request id (taken from the gateway when present). */
export function loggingModule(service: string, level: string) {
  return LoggerModule.forRoot({
    pinoHttp: {
      level,
      base: { service },
      genReqId: (req: IncomingMessage) => {
        const given = req.headers[REQUEST_ID_HEADER];
        return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
      },
      autoLogging: {
        ignore: (req: IncomingMessage) => Boolean(req.url?.startsWith('/health') || req.url === '/metrics'),
      },
      redact: {
        paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers["x-kvn-identity"]'],
        censor: '***',
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      },
    },
  });
}
