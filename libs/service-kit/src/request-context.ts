import { AsyncLocalStorage } from 'node:async_hooks';
import { Identity } from '@kvalitetsnav/auth';

export interface RequestContext {
  requestId: string;
  identity?: Identity;
}

/** Carries the request id into code that has no request at hand (outbox envelopes, logs). */
export const requestContext = new AsyncLocalStorage<RequestContext>();

export const currentRequestId = (): string | undefined => requestContext.getStore()?.requestId;
