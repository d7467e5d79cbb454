export interface MessagingOptions {
  /** Name of the producing service, written into every envelope. */
  serviceName: string;
  brokers: string[];
  clientId: string;
  /** Prepended to every topic name; tests use a unique one per suite. */
  topicPrefix: string;
  /** Consumer group of this service; one per service, so each service sees every event. */
  groupId: string;
  /** Supplies the current request id for envelopes, if the caller runs inside a request. */
  requestId?: () => string | undefined;
  relay?: Partial<RelayTuning>;
  consumer?: Partial<ConsumerTuning>;
}

export interface RelayTuning {
  pollIntervalMs: number;
  batchSize: number;
  maxBackoffMs: number;
  /** A send still unanswered after this is treated as failed (the rows stay unsent). */
  sendTimeoutMs: number;
}

export interface ConsumerTuning {
  maxAttempts: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  restartBackoffMs: number;
}

export const DEFAULT_RELAY_TUNING: RelayTuning = { pollIntervalMs: 1_000, batchSize: 200, maxBackoffMs: 15_000, sendTimeoutMs: 15_000 };
export const DEFAULT_CONSUMER_TUNING: ConsumerTuning = {
  maxAttempts: 5,
  initialBackoffMs: 200,
  maxBackoffMs: 5_000,
  restartBackoffMs: 2_000,
};

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
